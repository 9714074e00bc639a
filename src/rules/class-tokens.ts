/**
 * HTML class/id tokens by concept. A token matches a whole class/id token or one of its parts
 * split on - _ and camelCase ("share-bar" → share, bar): whole-token matching avoids hits such
 * as "bottom" inside "bottomless" (trafilatura's lesson).
 */
import type { ClassTokenRule } from './types.js';

export const CLASS_TOKEN_RULES: ClassTokenRule[] = [
  { id: 'class:share', label: 'share', tokens: ['share', 'shares', 'sharing', 'sharebar', 'social', 'socials', 'addthis', 'sharethis', 'social-share', 'share-buttons', 'follow-us'], reason: 'share and follow bars' },
  { id: 'class:related', label: 'related', tokens: ['related', 'relatedposts', 'related-articles', 'recommended', 'recommendations', 'recirc', 'recirculation', 'more-stories', 'read-more', 'readmore', 'read-next', 'up-next', 'most-popular', 'mostpopular', 'most-read', 'popular', 'trending', 'teaser', 'teasers', 'outbrain', 'taboola', 'you-may-like', 'also-read', 'see-also', 'further-reading', 'latest-news', 'more-from'], reason: 'related/recommended lists and recirculation widgets' },
  { id: 'class:newsletter', label: 'newsletter', tokens: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'sign-up', 'optin', 'opt-in', 'mailchimp', 'email-signup'], reason: 'newsletter and sign-up boxes' },
  { id: 'class:promo', label: 'promo', tokens: ['promo', 'promotion', 'paywall', 'meter', 'upsell', 'cta', 'donate', 'membership', 'banner', 'callout-promo'], reason: 'promotions and paywall prompts' },
  { id: 'class:ad', label: 'ad', tokens: ['ad', 'ads', 'advert', 'advertisement', 'advertising', 'adslot', 'ad-slot', 'ad-container', 'adunit', 'dfp', 'gpt', 'sponsor', 'sponsored', 'native-ad'], reason: 'ad slots' },
  { id: 'class:comments', label: 'comments', tokens: ['comment', 'comments', 'commentlist', 'comment-list', 'disqus', 'respond', 'replies', 'discussion', 'talk', 'coral'], reason: 'comment sections' },
  { id: 'class:navigation', label: 'navigation', tokens: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'masthead', 'topbar', 'skip', 'skiplink', 'pagination', 'pager', 'tags', 'tag-list', 'taglist', 'topics', 'sidebar', 'sidebars', 'side-bar', 'widget', 'toolbar', 'dropdown', 'site-header', 'site-footer'], reason: 'menus, sidebars, tag lists and site chrome' },
  { id: 'class:legal', label: 'legal', tokens: ['footer', 'copyright', 'legal', 'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'disclaimer'], reason: 'footers and consent banners' },
  { id: 'class:caption', label: 'caption', tokens: ['caption', 'captions', 'figcaption', 'wp-caption-text', 'image-caption', 'photo-caption', 'media-caption', 'img-caption', 'legend', 'cutline'], reason: 'image captions are data, not body' },
  { id: 'class:credit', label: 'credit', tokens: ['credit', 'credits', 'photo-credit', 'image-credit', 'copyright-photo', 'attribution', 'source-credit', 'byline-photo'], reason: 'photo credits' },
  { id: 'class:byline', label: 'byline', tokens: ['byline', 'bylines', 'author', 'authors', 'author-name', 'writer', 'contributor', 'by-author', 'article-author', 'posted-by'], reason: 'author bylines' },
  { id: 'class:bio', label: 'author-bio', tokens: ['author-bio', 'bio', 'author-info', 'about-author', 'authorbox', 'author-box', 'author-card'], reason: 'author biography boxes' },
  { id: 'class:body', label: 'body', tokens: ['article-body', 'articlebody', 'article-content', 'articlecontent', 'story-body', 'storybody', 'post-content', 'postcontent', 'entry-content', 'entrycontent', 'post-body', 'article-text', 'story-content', 'content-body', 'main-content', 'body-text', 'rich-text', 'article__body', 'c-article-body'], reason: 'containers that sites use for the article text' },
  { id: 'class:dek', label: 'dek', tokens: ['dek', 'standfirst', 'subtitle', 'subheadline', 'sub-headline', 'summary', 'lede', 'deck', 'article-summary', 'teaser-text', 'intro'], reason: 'standfirst under the headline' },
  { id: 'class:headline', label: 'headline', tokens: ['headline', 'article-title', 'entry-title', 'post-title', 'story-title', 'page-title'], reason: 'the article title' },
];

/**
 * Whole class tokens of boxes written as prose to pass for the article: they outrank the body
 * scorer. Only hyphenated tokens, which match a whole class: a part such as "ad", "promo" or
 * "advertorial" (of "js-dynamic-advertorial") also names wrappers of whole articles.
 */
export const STRONG_BOX_TOKEN_RULES: ClassTokenRule[] = [
  { id: 'class:box-bio', label: 'author-bio', tokens: ['author-bio', 'author-box', 'about-author', 'about-the-author', 'author-about', 'author-description', 'c-article-footer__bio', 'article-author-bio'], reason: 'an author biography box reads like prose but is about the writer' },
  { id: 'class:box-newsletter', label: 'newsletter', tokens: ['inline-newsletter', 'c-inline-newsletter', 'newsletter-signup', 'newsletter-box', 'newsletter-promo', 'newsletter-cta', 'newsletter-inline'], reason: 'a newsletter box inside the article asks the reader to sign up' },
  { id: 'class:box-ad', label: 'ad', tokens: ['native-ad', 'native-ad-slot', 'native-ad-card'], reason: 'a native ad is written to look like the article (not "sponsored-content": a sponsored page wraps its whole text in it)' },
  { id: 'class:box-promo', label: 'promo', tokens: ['inline-promo', 'promo-box', 'paywall-box', 'subscribe-box', 'subscription-box'], reason: 'a promotion or paywall box inside the article sells something' },
];

/** STRONG_BOX_TOKEN_RULES by token. */
export const STRONG_BOX_TOKENS: ReadonlyMap<string, { label: ClassTokenRule['label']; rule: string }> = new Map(
  STRONG_BOX_TOKEN_RULES.flatMap((r) => r.tokens.map((t) => [t, { label: r.label, rule: r.id }] as const)),
);
