/** The localStorage key of 自测's review schedule and 错题本 (the backup reads it too). */
export const REVIEW_KEY = 'liaoning-speech:practice:v1';
