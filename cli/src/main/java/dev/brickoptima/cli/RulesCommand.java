package dev.brickoptima.cli;

import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.RuleCatalogMarkdown;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code brickoptima rules}: the rule catalog as a table, or as Markdown for docs/rules.md. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rule catalog.")
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    enum Format { text, markdown }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or markdown.")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        String out = format == Format.markdown ? RuleCatalogMarkdown.render() : text();
        if (output != null) Files.writeString(output, out);
        else {
            spec.commandLine().getOut().print(out);
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }

    private static String text() {
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (RuleMetadata m : RuleRegistry.all()) w = Math.max(w, m.id().length());
        for (RuleMetadata m : RuleRegistry.all()) {
            sb.append(pad(m.id(), w + 2)).append(pad(m.defaultSeverity().label(), 9)).append(pad(m.category().label(), 13))
                .append(m.title());
            if (m.profile() != null) sb.append(" [profile ").append(m.profile()).append(']');
            sb.append('\n');
            for (Threshold t : m.thresholds()) {
                sb.append(pad("", w + 2)).append("threshold ").append(m.id()).append('.').append(t.name()).append(" = ")
                    .append(t.defaultText()).append(" (").append(t.unit().label()).append("): ").append(t.description()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String pad(String s, int w) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < w) sb.append(' ');
        return sb.toString();
    }
}
