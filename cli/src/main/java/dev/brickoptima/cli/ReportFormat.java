package dev.brickoptima.cli;

import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.jvm.report.JsonReportWriter;
import dev.brickoptima.jvm.report.SarifReportWriter;
import dev.brickoptima.jvm.report.TextReportWriter;

import java.util.List;

/** Output formats of the analysing commands. */
public enum ReportFormat {
    text, json, sarif;

    String render(List<InputReport> reports) {
        switch (this) {
            case json: return JsonReportWriter.write(reports, Main.VERSION);
            case sarif: return SarifReportWriter.write(reports, Main.VERSION);
            default: return TextReportWriter.write(reports);
        }
    }
}
