# Gazette behind Varnish: the reference deployment of its caching contract (README, "Behind a shared cache").
# Needs Debian's `varnish` (7.x) and `varnish-modules` (for xkey). The site-specific part (where Gazette
# listens, who may purge) is in backend.vcl, found through varnishd's vcl_path.
#
# - Public answers carry `Surrogate-Control: max-age=N, stale-if-error=M` and their tags in `Surrogate-Key`:
#   they are kept N seconds (or until purged by tag), and served up to M seconds stale while Gazette is down.
# - A purge is `PURGE /` with the tags in `xkey-purge`, from the `purgers` ACL only.
# - Staff paths, the API's staff routes, credentials and session cookies pass; other cookies are dropped.
# - Query strings are normalised (tracking parameters removed, the rest sorted); a 5xx is never kept.
vcl 4.1;

import std;
import xkey;

include "backend.vcl";

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Purging is not allowed from this address"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "A purge names its tags in xkey-purge"));
    }
    set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.X-Purged));
  }

  # The forwarded headers are Varnish's to write: Gazette trusts one hop (TRUST_PROXY=1), so a client's own
  # X-Forwarded-Host or -Proto would otherwise reach it as if Varnish had said it (and be cached for all).
  unset req.http.X-Forwarded-Host;
  unset req.http.X-Forwarded-Proto;
  unset req.http.X-Forwarded-Port;
  unset req.http.Forwarded;
  set req.http.Host = std.tolower(req.http.Host);

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.http.Authorization) {
    return (pass);
  }
  if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?authjs\.session-token") {
    return (pass);
  }
  # The staff workspace and sign-in (domain/staff-paths.mjs lists the sections; an issued document's public
  # page, /documents/YYYY/ID-SLUG, is not one of them), and the API's staff routes.
  if (req.url ~ "^/((en|zh)/)?(login|meetings|review|admin|account|notifications|documents|tasks|received|follow-up|dashboard)([/?]|$)"
      && req.url !~ "^/((en|zh)/)?documents/[0-9]{4}/[0-9]+(-[^/?]*)?([?]|$)") {
    return (pass);
  }
  if (req.url ~ "^/api/" && req.url !~ "^/api/v1/(releases(/[0-9]+)?|openapi\.json)/?([?]|$)") {
    return (pass);
  }

  # Nothing public depends on a cookie.
  unset req.http.Cookie;

  # Tracking parameters name no other page: drop them, sort the rest, so that variants share one object.
  set req.url = regsuball(req.url, "([?&])(utm_[A-Za-z0-9_]+|fbclid|gclid|msclkid|mc_cid|mc_eid|spm)=[^&]*", "\1");
  set req.url = regsuball(req.url, "&{2,}", "&");
  set req.url = regsub(req.url, "[?]&", "?");
  set req.url = regsub(req.url, "[?&]+$", "");
  set req.url = std.querysort(req.url);

  # Stale objects are for an origin that is down (stale-if-error), not a way to answer late.
  if (std.healthy(req.backend_hint)) {
    set req.grace = 0s;
  }
  return (hash);
}

sub vcl_backend_response {
  if (beresp.status >= 500) {
    # Keep serving the stale object a background fetch was refreshing.
    if (bereq.is_bgfetch) {
      return (abandon);
    }
    set beresp.ttl = 0s;
    set beresp.uncacheable = true;
    return (deliver);
  }
  if (beresp.http.Surrogate-Control ~ "(^|[ ,])max-age=[0-9]+") {
    set beresp.ttl = std.duration(
      regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1") + "s", 0s);
    set beresp.grace = std.duration(
      regsub(beresp.http.Surrogate-Control, "^.*stale-if-error=([0-9]+).*$", "\1") + "s", 0s);
    set beresp.keep = 0s;
    set beresp.http.xkey = beresp.http.Surrogate-Key;
    unset beresp.http.Set-Cookie;
    return (deliver);
  }
  # Next's build files say for themselves how long they keep (a year, immutable): the built-in rules.
  if (bereq.url ~ "^/_next/static/") {
    return (deliver);
  }
  # Anything else is not part of the public contract: never kept.
  set beresp.ttl = 0s;
  set beresp.uncacheable = true;
  return (deliver);
}

sub vcl_deliver {
  # The contract is between Gazette and this cache; visitors see only the ordinary Cache-Control.
  unset resp.http.xkey;
  unset resp.http.Surrogate-Key;
  unset resp.http.Surrogate-Control;
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
