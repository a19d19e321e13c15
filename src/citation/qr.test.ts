import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qrFileName } from './qr.ts';

test('a saved QR code is named for the place it leads to', () => {
  assert.equal(qrFileName('https://speech.example.org/part-2/#p12', '二维码'), '二维码-part-2-p12.png');
  assert.equal(qrFileName('https://speech.example.org/speech/full/', '二维码'), '二维码-speech-full.png');
  assert.equal(qrFileName('https://speech.example.org/', '二维码'), '二维码.png');
});
