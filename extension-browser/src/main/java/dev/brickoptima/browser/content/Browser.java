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
        "try { chrome.runtime.sendMessage({brickoptima: json}, function(boResp) {"
        + " var boErr2 = chrome.runtime.lastError;"
        + " cb(boErr2 || !boResp ? JSON.stringify({error: (boErr2 && boErr2.message) || 'no answer from the extension'}) : boResp.json); });"
        + "} catch (boErr) { cb(JSON.stringify({error: String(boErr)})); }")
    static native void send(String json, TextCallback cb);

    /** GETs a same-origin URL as text; {@code fail} gets a message for HTTP errors, network errors and other origins. */
    @JSBody(params = {"url", "ok", "fail"}, script =
        "var boUrl; try { boUrl = new URL(url, location.href); } catch (boErr) { fail('bad URL'); return; }"
        + "if (boUrl.origin !== location.origin) { fail('refused: not the page origin'); return; }"
        + "fetch(boUrl.href, {credentials: 'same-origin', redirect: 'error'})"
        + ".then(function(boResp) { if (!boResp.ok) throw new Error('HTTP ' + boResp.status); return boResp.text(); })"
        + ".then(function(boText) { ok(boText); }, function(boErr2) { fail(String(boErr2 && boErr2.message || boErr2)); });")
    static native void fetchText(String url, TextCallback ok, TextCallback fail);

    /**
     * The stages of an execution with their task quantiles (skew, spill), as a JSON array text: the execution's job
     * ids, their stage ids from {@code /jobs}, then {@code /stages/<id>?details=true&withSummaries=true} each (same
     * origin; at most 64 stages). Any failure gives "[]" and the plan is analysed without stage metrics.
     */
    @JSBody(params = {"base", "execJson", "done"}, script =
        "var boJobs; try { var boExec = JSON.parse(execJson);"
        + " boJobs = [].concat(boExec.successJobIds || [], boExec.failedJobIds || [], boExec.runningJobIds || []); }"
        + " catch (boErr) { done('[]'); return; }"
        + "if (!boJobs.length) { done('[]'); return; }"
        + "var boGet = function(boPath) { var boUrl = new URL(base + boPath, location.href);"
        + " if (boUrl.origin !== location.origin) return Promise.reject(new Error('other origin'));"
        + " return fetch(boUrl.href, {credentials: 'same-origin', redirect: 'error'}).then(function(boResp) {"
        + "  if (!boResp.ok) throw new Error('HTTP ' + boResp.status); return boResp.json(); }); };"
        + "boGet('/jobs').then(function(boAll) {"
        + " var boIds = [];"
        + " (boAll || []).forEach(function(boJob) { if (boJobs.indexOf(boJob.jobId) >= 0) (boJob.stageIds || []).forEach(function(boId) {"
        + "  if (boIds.indexOf(boId) < 0) boIds.push(boId); }); });"
        + " return Promise.all(boIds.slice(0, 64).map(function(boId) {"
        + "  return boGet('/stages/' + boId + '?details=true&withSummaries=true').catch(function() { return []; }); }));"
        + "}).then(function(boLists) {"
        + " var boStages = [];"
        + " boLists.forEach(function(boList) { (Array.isArray(boList) ? boList : [boList]).forEach(function(boStage) {"
        + "  if (boStage && boStage.stageId != null) { delete boStage.tasks; delete boStage.executorSummary; boStages.push(boStage); } }); });"
        + " done(JSON.stringify(boStages));"
        + "}, function() { done('[]'); });")
    static native void stagesOf(String base, String execJson, TextCallback done);

    /** The plan text of a fetched execution page; DOMParser builds an inert document (no script runs). */
    @JSBody(params = "html", script =
        "var boDoc = new DOMParser().parseFromString(html, 'text/html');"
        + "var boPre = boDoc.querySelector('#physical-plan-details pre'); return boPre ? boPre.textContent : null;")
    static native String planTextOfPage(String html);

    /** The id of the first application in a /api/v1/applications answer, or null. */
    @JSBody(params = "json", script =
        "try { var boApps = JSON.parse(json); return boApps && boApps.length && boApps[0].id != null ? String(boApps[0].id) : null; }"
        + " catch (boErr) { return null; }")
    static native String firstAppId(String json);

    @JSBody(params = "element", script = "element.scrollIntoView({block: 'center', behavior: 'smooth'});")
    static native void scrollToCenter(Element element);

    /** JSO turns a missing (undefined) string field into a crash, not null: absent optional fields become null. */
    @JSBody(params = "json", script =
        "var boObj; try { boObj = JSON.parse(json); } catch (boErr) { boObj = null; }"
        + "if (!boObj || typeof boObj !== 'object') boObj = {error: 'bad answer from the extension'};"
        + "['error', 'description', 'source', 'kind'].forEach(function(boKey) { if (boObj[boKey] === undefined) boObj[boKey] = null; });"
        + "(boObj.findings || []).forEach(function(boFinding) { if (boFinding.detail === undefined) boFinding.detail = null;"
        + " (boFinding.fixes || []).forEach(function(boFix) { if (boFix.copy === undefined) boFix.copy = null; });"
        + " if (boFinding.location) ['operatorId', 'operator', 'graphNodeId'].forEach(function(boKey) {"
        + " if (boFinding.location[boKey] === undefined) boFinding.location[boKey] = null; }); });"
        + "return boObj;")
    static native AnalysisView parseResult(String json);

    /**
     * Copies text to the clipboard; where the async clipboard is refused (a plain-http page that is not localhost),
     * selects {@code shown} so the user can press Ctrl+C. {@code done} gets "copied" or "selected". A browser can
     * leave the clipboard promise pending (a permission prompt nobody answers, a page without focus), so after two
     * seconds the text is selected anyway, and "copied" still follows if the write completes later.
     */
    @JSBody(params = {"text", "shown", "done"}, script =
        "var boSelect = function() { var boRange = document.createRange(); boRange.selectNodeContents(shown);"
        + " var boSel = getSelection(); boSel.removeAllRanges(); boSel.addRange(boRange); done('selected'); };"
        + "var boTimer = setTimeout(boSelect, 2000);"
        + "try { navigator.clipboard.writeText(text).then(function() { clearTimeout(boTimer); done('copied'); },"
        + " function() { clearTimeout(boTimer); boSelect(); }); } catch (boErr) { clearTimeout(boTimer); boSelect(); }")
    static native void copyText(String text, Element shown, TextCallback done);

    /** Asks the background script to open the extension's page on one rule (no page can link to extension pages). */
    @JSBody(params = "ruleId", script =
        "try { chrome.runtime.sendMessage({brickoptima: JSON.stringify({type: 'open-rule', rule: ruleId})}); } catch (boErr) { }")
    static native void openRuleDocs(String ruleId);

    /** Whether an element takes space on the page (not in a collapsed table, not filtered out). */
    @JSBody(params = "element", script = "return element.getClientRects().length > 0;")
    static native boolean isShown(Element element);

    /** Whether an element is still in the page (a script that redraws a table replaces its rows). */
    @JSBody(params = "element", script = "return element.isConnected;")
    static native boolean isConnected(Element element);

    /**
     * Calls {@code changed} after nodes were added under {@code root}, at most once per turn of the event loop
     * however many were added. Additions inside elements matching {@code ours} (what the extension itself draws) are
     * ignored. Node names and text are never read here.
     */
    @JSBody(params = {"root", "ours", "changed"}, script =
        "var boPending = false;"
        + "new MutationObserver(function(boRecords) {"
        + " if (boPending) return;"
        + " for (var boIndex = 0; boIndex < boRecords.length && !boPending; boIndex++) {"
        + "  var boRecord = boRecords[boIndex];"
        + "  if (!boRecord.addedNodes.length || (boRecord.target.closest && boRecord.target.closest(ours))) continue;"
        + "  for (var boNode = 0; boNode < boRecord.addedNodes.length; boNode++) {"
        + "   var boAdded = boRecord.addedNodes[boNode];"
        + "   if (!(boAdded.matches && boAdded.matches(ours))) { boPending = true; break; } } }"
        + " if (boPending) setTimeout(function() { boPending = false; changed(); }, 0);"
        + "}).observe(root, {childList: true, subtree: true});")
    static native void onNodesAdded(Element root, String ours, DomCallback changed);

    /**
     * Writes the plan operator id next to a graph node ({@link SparkPage#graphNodeSelector}), so the "(N)" of a finding
     * can be found on the graph, which shows operator names only. SVG text via textContent: nothing is parsed.
     */
    @JSBody(params = {"nodeSelector", "label"}, script =
        "var boNode = nodeSelector ? document.querySelector(nodeSelector) : null;"
        + "if (!boNode || boNode.querySelector('.brickoptima-opid')) return;"
        + "var boRect = boNode.querySelector('rect'); if (!boRect) return;"
        + "var boText = document.createElementNS('http://www.w3.org/2000/svg', 'text');"
        + "boText.setAttribute('class', 'brickoptima-opid');"
        + "boText.setAttribute('x', String(Number(boRect.getAttribute('x') || 0) + Number(boRect.getAttribute('width') || 0) - 4));"
        + "boText.setAttribute('y', String(Number(boRect.getAttribute('y') || 0) + 12));"
        + "boText.setAttribute('text-anchor', 'end');"
        + "boText.textContent = label; boNode.appendChild(boText);")
    static native void labelGraphNode(String nodeSelector, String label);

    /** A path of this page's origin as an absolute URL. */
    @JSBody(params = "path", script = "return new URL(path, location.href).href;")
    static native String absolute(String path);

    @JSBody(params = {}, script = "return location.hash;")
    static native String hash();

    @JSBody(params = {}, script = "return location.pathname;")
    static native String path();

    @JSBody(params = {}, script = "return location.search;")
    static native String search();

    @JSBody(params = {}, script = "return location.href;")
    static native String href();
}
