import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { SpeechPaths } from './paths.ts';
import rehypeSpeech from './rehype-speech.ts';

/**
 * The chapters' Markdown pipeline, for astro.config.ts and the plugin's tests alike: Astro's unified processor with
 * CJK-friendly emphasis, and the outline's ids put into each page. GFM and SmartyPants would rewrite characters of
 * the speech.
 */
export const speechMarkdown = (paths: SpeechPaths) =>
  unified({
    gfm: false,
    smartypants: false,
    remarkPlugins: [remarkCjkFriendly],
    rehypePlugins: [[rehypeSpeech, paths]],
  });
