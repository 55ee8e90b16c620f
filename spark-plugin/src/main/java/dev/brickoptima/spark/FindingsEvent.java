package dev.brickoptima.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.scheduler.SparkListenerEvent;

/**
 * The event BrickOptima's listener posts to the listener bus after analysing an execution, so the findings land in
 * the event log (as {@code {"Event":"dev.brickoptima.spark.FindingsEvent","executionId":7,"findings":[...]}}) for the
 * History Server and for later offline analysis. A plain Java bean: Spark's own Jackson writes it, and a History Server
 * with this jar on its classpath reads it back (one without it skips the event with a warning).
 */
public final class FindingsEvent implements SparkListenerEvent {
    private long executionId;
    private List<Finding> findings = new ArrayList<>();

    public FindingsEvent() {
    }

    public FindingsEvent(long executionId, List<Finding> findings) {
        this.executionId = executionId;
        this.findings = new ArrayList<>(findings);
    }

    public long getExecutionId() {
        return executionId;
    }

    public void setExecutionId(long executionId) {
        this.executionId = executionId;
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public void setFindings(List<Finding> findings) {
        this.findings = findings == null ? new ArrayList<>() : findings;
    }

    /** One finding: rule, severity, operator id in the final plan, message. */
    public static final class Finding {
        private String ruleId;
        private String severity;
        private String operatorId;
        private String message;

        public Finding() {
        }

        public Finding(String ruleId, String severity, String operatorId, String message) {
            this.ruleId = ruleId;
            this.severity = severity;
            this.operatorId = operatorId;
            this.message = message;
        }

        public String getRuleId() { return ruleId; }
        public void setRuleId(String v) { ruleId = v; }
        public String getSeverity() { return severity; }
        public void setSeverity(String v) { severity = v; }
        public String getOperatorId() { return operatorId; }
        public void setOperatorId(String v) { operatorId = v; }
        public String getMessage() { return message; }
        public void setMessage(String v) { message = v; }
    }
}
