// Writes chime.wav: a soft two-tone chime (a falling major third, each tone fading out), the
// sound a timer plays at one minute left and at the end. Run: node resources/sounds/makeChime.mjs
// Synthesised here, so the app carries no third-party audio.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RATE = 22_050;
const SECONDS = 1.6;
const TONES = [
  { at: 0, hz: 659.25 }, // E5
  { at: 0.45, hz: 523.25 }, // C5
];

const samples = new Float64Array(Math.round(RATE * SECONDS));
for (const { at, hz } of TONES) {
  const from = Math.round(at * RATE);
  for (let i = from; i < samples.length; i++) {
    const t = (i - from) / RATE;
    // A quick 10 ms attack (no click), then a bell-like decay; a quiet octave adds warmth.
    const envelope = Math.min(1, t / 0.01) * Math.exp(-t * 3.2);
    const tone = Math.sin(2 * Math.PI * hz * t) + 0.25 * Math.sin(4 * Math.PI * hz * t);
    samples[i] += 0.32 * envelope * tone;
  }
}

const data = Buffer.alloc(samples.length * 2);
samples.forEach((s, i) => {
  // Fade the last 50 ms to silence so the file ends without a click.
  const tail = Math.min(1, (samples.length - i) / (0.05 * RATE));
  data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s * tail)) * 32_767), i * 2);
});
const header = Buffer.alloc(44);
header.write('RIFF', 0);
header.writeUInt32LE(36 + data.length, 4);
header.write('WAVE', 8);
header.write('fmt ', 12);
header.writeUInt32LE(16, 16); // PCM header size
header.writeUInt16LE(1, 20); // PCM
header.writeUInt16LE(1, 22); // mono
header.writeUInt32LE(RATE, 24);
header.writeUInt32LE(RATE * 2, 28); // bytes per second
header.writeUInt16LE(2, 32); // block align
header.writeUInt16LE(16, 34); // bits per sample
header.write('data', 36);
header.writeUInt32LE(data.length, 40);

writeFileSync(
  fileURLToPath(new URL('./chime.wav', import.meta.url)),
  Buffer.concat([header, data]),
);
