// Public face of ingest: every input format to `Article`.
export { readInputs, type IngestOptions, type IngestResult } from './read.js';
export { articleFromText } from './text.js';
export { articleFromHtml, htmlMetadata, stripSiteName, type HtmlMeta } from './html.js';
export { parseFeedText, articleFromFeedItem } from './feed.js';
export { articleFromJsonLine } from './jsonl.js';
export { fetchUrl, isPrivateAddress, type FetchOptions, type Fetched } from './fetch.js';
export { decodeBytes, looksBinary } from './decode.js';
export { makeArticle, type ArticleFields } from './article.js';
export { parsePageDump, toIsoDate } from './page-dump.js';
export { sniffKind, type DocumentKind } from './sniff.js';
export { boilerplateRules, type BoilerplateRules } from './boilerplate.js';
