package dev.brickoptima.browser.content;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.xml.Element;

/**
 * The few browser calls the content script needs that JSO's DOM API does not cover. Network access is
 * same-origin only: every URL is resolved against the page's own location and refused if it leaves the origin.
 */
final class Browser {
    private Browser() {
    }

    /** Sends a JSON request to the background script; the callback gets its JSON answer (or {"error":...}). */
    @JSBody(params = {"json", "cb"}, script =
        "try { chrome.runtime.sendMessage({brickoptima: json}, function(r) {"
        + " var e = chrome.runtime.lastError;"
        + " cb(e || !r ? JSON.stringify({error: (e && e.message) || 'no answer from the extension'}) : r.json); });"
        + "} catch (x) { cb(JSON.stringify({error: String(x)})); }")
    static native void send(String json, TextCallback cb);

    /** GETs a same-origin URL as text; {@code fail} gets a message for HTTP errors, network errors and other origins. */
    @JSBody(params = {"url", "ok", "fail"}, script =
        "var u; try { u = new URL(url, location.href); } catch (x) { fail('bad URL'); return; }"
        + "if (u.origin !== location.origin) { fail('refused: not the page origin'); return; }"
        + "fetch(u.href, {credentials: 'same-origin', redirect: 'error'})"
        + ".then(function(r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.text(); })"
        + ".then(function(t) { ok(t); }, function(e) { fail(String(e && e.message || e)); });")
    static native void fetchText(String url, TextCallback ok, TextCallback fail);

    /** The plan text of a fetched execution page; DOMParser builds an inert document (no script runs). */
    @JSBody(params = "html", script =
        "var d = new DOMParser().parseFromString(html, 'text/html');"
        + "var p = d.querySelector('#physical-plan-details pre'); return p ? p.textContent : null;")
    static native String planTextOfPage(String html);

    /** The id of the first application in a /api/v1/applications answer, or null. */
    @JSBody(params = "json", script =
        "try { var a = JSON.parse(json); return a && a.length && a[0].id != null ? String(a[0].id) : null; }"
        + " catch (x) { return null; }")
    static native String firstAppId(String json);

    @JSBody(params = "e", script = "e.scrollIntoView({block: 'center', behavior: 'smooth'});")
    static native void scrollToCenter(Element e);

    /** JSO turns a missing (undefined) string field into a crash, not null: absent optional fields become null. */
    @JSBody(params = "json", script =
        "var o; try { o = JSON.parse(json); } catch (x) { o = null; }"
        + "if (!o || typeof o !== 'object') o = {error: 'bad answer from the extension'};"
        + "['error', 'description', 'source', 'kind'].forEach(function(k) { if (o[k] === undefined) o[k] = null; });"
        + "(o.findings || []).forEach(function(f) { if (f.detail === undefined) f.detail = null;"
        + " if (f.location) ['operatorId', 'operator', 'graphNodeId'].forEach(function(k) {"
        + " if (f.location[k] === undefined) f.location[k] = null; }); });"
        + "return o;")
    static native AnalysisView parseResult(String json);

    @JSBody(params = {}, script = "return location.pathname;")
    static native String path();

    @JSBody(params = {}, script = "return location.search;")
    static native String search();

    @JSBody(params = {}, script = "return location.href;")
    static native String href();
}
