// 学习记录's rule for "read": a paragraph counts as read once it has been on the screen long enough to be read.
// Pure (times are numbers the caller gives), so the rule is tested in Node and the page states it in words.

/**
 * 字/分钟 a reader is given: the floor that 《义务教育语文课程标准》 sets for 默读 of ordinary modern prose at the end of
 * 初中, about twice the rate Chinese adults read aloud (255 ± 29 字/分钟, IReST): generous to a quick reader, and still
 * far slower than a scroll past.
 */
export const READING_RATE = 500;
/** 字/分钟 below which a screen left as it is no longer counts as being read: the reader has stopped or gone. */
export const SLOW_RATE = 200;
/** However short the screen's text, this much time on it still counts (a pause to think is reading too). */
export const STILL_FLOOR_MS = 60_000;

const perMinute = (characters: number, rate: number) => (characters / rate) * 60_000;

/** The milliseconds a screen holding this many characters must stay to count them all as read. */
export const timeToRead = (characters: number) => perMinute(characters, READING_RATE);

/**
 * Follows which paragraphs are on the screen and for how long. While a set of paragraphs holding L characters is on
 * the screen, every one of them advances by the share of itself a reader could read at READING_RATE: the set is read
 * in the time L characters take, however it is split. A screen left unchanged past the time SLOW_RATE needs (at
 * least STILL_FLOOR_MS) counts no further, for reading nor for time. Nothing counts while the page is hidden.
 */
export class ReadingClock {
  #lengths: ReadonlyMap<string, number>;
  #shown = new Set<string>();
  /** Per paragraph: the share of it read so far (1 = read). */
  #done = new Map<string, number>();
  #read = new Set<string>();
  #fresh: string[] = [];
  /** Milliseconds counted per paragraph since the last take, each its share of the screen's characters. */
  #time = new Map<string, number>();
  #last: number;
  #still = 0;
  #hidden = false;

  constructor(lengths: ReadonlyMap<string, number>, now: number) {
    this.#lengths = lengths;
    this.#last = now;
  }

  get #characters() {
    let sum = 0;
    for (const id of this.#shown) sum += this.#lengths.get(id) ?? 0;
    return sum;
  }

  /** Counts the time since the last call for what was on the screen then. */
  #advance(now: number) {
    const elapsed = Math.max(0, now - this.#last);
    this.#last = now;
    const characters = this.#characters;
    if (this.#hidden || characters === 0) return;
    const limit = Math.max(STILL_FLOOR_MS, perMinute(characters, SLOW_RATE));
    const counted = Math.max(0, Math.min(elapsed, limit - this.#still));
    this.#still += elapsed;
    const share = counted / timeToRead(characters);
    for (const id of this.#shown) {
      const length = this.#lengths.get(id) ?? 0;
      this.#time.set(id, (this.#time.get(id) ?? 0) + (counted * length) / characters);
      const done = (this.#done.get(id) ?? 0) + share;
      this.#done.set(id, done);
      // A hair under 1: sums of floating shares must not miss the mark by rounding.
      if (done >= 1 - 1e-9 && !this.#read.has(id)) {
        this.#read.add(id);
        this.#fresh.push(id);
      }
    }
  }

  /** A paragraph came onto the screen (or left it): the screen changed, so a still screen's limit starts again. */
  shown(id: string, on: boolean, now: number) {
    if (!this.#lengths.has(id)) return;
    this.#advance(now);
    if (on) this.#shown.add(id);
    else this.#shown.delete(id);
    this.#still = 0;
  }

  /** The page was hidden (another tab, a locked phone) or shown again. */
  hidden(hidden: boolean, now: number) {
    this.#advance(now);
    this.#hidden = hidden;
    this.#still = 0;
  }

  /** Counts up to now; the paragraphs read and the milliseconds of reading (in all, and per paragraph) since the last take. */
  take(now: number): { read: string[]; time: number; times: Map<string, number> } {
    this.#advance(now);
    const times = this.#time;
    const time = [...times.values()].reduce((sum, ms) => sum + ms, 0);
    const taken = { read: this.#fresh, time: Math.round(time), times };
    this.#fresh = [];
    this.#time = new Map();
    return taken;
  }

  /** Milliseconds until the next paragraph on the screen is read if nothing changes, or undefined. */
  untilNext(): number | undefined {
    const characters = this.#characters;
    if (this.#hidden || characters === 0) return undefined;
    const left = [...this.#shown].filter((id) => !this.#read.has(id)).map((id) => 1 - (this.#done.get(id) ?? 0));
    if (left.length === 0) return undefined;
    const wait = Math.min(...left) * timeToRead(characters);
    const limit = Math.max(STILL_FLOOR_MS, perMinute(characters, SLOW_RATE));
    return this.#still + wait <= limit ? Math.ceil(wait) : undefined;
  }
}
