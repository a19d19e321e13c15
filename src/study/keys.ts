/** The localStorage key of the study records: named apart so that the controls module can look for it without the store's code. */
export const STORE_KEY = 'liaoning-speech:study:v1';
