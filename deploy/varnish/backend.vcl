# Where Gazette listens (`npm start`, PORT) and who may purge (Gazette's own address: CACHE_PURGE_URLS
# points at this Varnish). Edit these for the installation; gazette.vcl includes this file.
backend gazette {
  .host = "127.0.0.1";
  .port = "3000";
  .first_byte_timeout = 30s;
  # Varnish serves stale pages (stale-if-error) only while this probe finds Gazette down.
  .probe = {
    .url = "/robots.txt";
    .interval = 1s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
  }
}

acl purgers {
  "127.0.0.1";
  "::1";
}
