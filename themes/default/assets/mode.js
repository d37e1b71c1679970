// Static hosting: no API. `reader serve` answers this path with `window.READER_LIVE = true;` to enable /api/search and /api/ask.
window.READER_LIVE = false;
