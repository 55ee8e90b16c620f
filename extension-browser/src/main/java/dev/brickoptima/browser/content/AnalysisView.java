package dev.brickoptima.browser.content;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;

/** The engine's JSON answer as the content script reads it (see engine.ResultJson). */
public interface AnalysisView extends JSObject {
    @JSProperty String getError();
    @JSProperty String getKind();
    @JSProperty String getSource();
    @JSProperty String getDescription();
    @JSProperty double getMillis();
    @JSProperty Counts getCounts();
    @JSProperty JSArrayReader<FindingView> getFindings();

    interface Counts extends JSObject {
        @JSProperty int getError();
        @JSProperty int getWarning();
        @JSProperty int getInfo();
    }

    interface FindingView extends JSObject {
        @JSProperty String getRuleId();
        @JSProperty String getSeverity();
        @JSProperty String getMessage();
        @JSProperty String getDetail();
        @JSProperty LocationView getLocation();
        @JSProperty JSArrayReader<FixView> getFixes();
    }

    interface LocationView extends JSObject {
        @JSProperty String getOperatorId();
        @JSProperty String getOperator();
        @JSProperty String getGraphNodeId();
        @JSProperty int getLine();
    }

    interface FixView extends JSObject {
        @JSProperty String getDescription();
        /** What to paste (SQL, SET lines, a hint comment), or null. */
        @JSProperty String getCopy();
    }
}
