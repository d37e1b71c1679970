// Static hosting: no API.
window.READER_LIVE = false;
