package dev.brickoptima.cli;

import dev.brickoptima.jvm.report.AnalyzedInput;
import dev.brickoptima.jvm.report.CodeClimateReportWriter;
import dev.brickoptima.jvm.report.GithubAnnotationWriter;
import dev.brickoptima.jvm.report.HtmlReportWriter;
import dev.brickoptima.jvm.report.JsonReportWriter;
import dev.brickoptima.jvm.report.ReportContext;
import dev.brickoptima.jvm.report.SarifReportWriter;
import dev.brickoptima.jvm.report.TextReportWriter;

import java.util.List;

/** Output formats of the analysing commands. */
public enum ReportFormat {
    text, json, sarif, html, github, codeclimate;

    String render(List<AnalyzedInput> inputs, ReportContext ctx) {
        switch (this) {
            case json: return JsonReportWriter.write(reports(inputs), ctx.toolVersion());
            case sarif: return SarifReportWriter.write(inputs, ctx);
            case html: return HtmlReportWriter.write(inputs, ctx);
            case github: return GithubAnnotationWriter.write(inputs, ctx);
            case codeclimate: return CodeClimateReportWriter.write(inputs, ctx);
            default: return TextReportWriter.write(reports(inputs));
        }
    }

    private static List<dev.brickoptima.core.report.InputReport> reports(List<AnalyzedInput> inputs) {
        return inputs.stream().map(AnalyzedInput::report).toList();
    }
}
