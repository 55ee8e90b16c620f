package dev.brickoptima.cli;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.rule.RuleCatalog;
import dev.brickoptima.jvm.config.ConfigException;
import dev.brickoptima.jvm.config.ConfigFileLoader;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the analysing commands: configuration file, dialect, profiles and rule selection. */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
        description = "Configuration file (YAML). Default: ./" + ConfigFileLoader.DEFAULT_FILE_NAME + " if present.")
    Path config;

    @Option(names = "--dialect", paramLabel = "DIALECT", description = "spark (default; also databricks), postgres, ansi.")
    String dialect;

    @Option(names = "--profile", paramLabel = "NAME", description = "Activate a rule profile (read-only, strict). Repeatable.")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--rule", paramLabel = "ID", description = "Run only these rules. Repeatable.")
    List<String> only = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "ID", description = "Enable a rule that is off by default. Repeatable.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID", description = "Disable a rule. Repeatable.")
    List<String> disable = new ArrayList<>();

    AnalyzerConfig build() {
        AnalyzerConfig.Builder b;
        if (config != null && Files.exists(config) && !Files.isRegularFile(config)) {
            // reading a named pipe would wait for a writer forever
            throw new UsageException("--config " + config + ": not a regular file (a directory, named pipe or device); give a YAML file");
        }
        Path file = config;
        if (file == null && Files.isRegularFile(Path.of(ConfigFileLoader.DEFAULT_FILE_NAME))) file = Path.of(ConfigFileLoader.DEFAULT_FILE_NAME);
        try {
            b = file != null ? ConfigFileLoader.load(file) : AnalyzerConfig.builder();
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
        if (dialect != null) {
            Dialect d = Dialect.parse(dialect);
            if (d == null) throw new UsageException("unknown dialect '" + dialect + "' (spark, databricks, postgres, ansi)");
            b.dialect(d);
        }
        for (String p : profiles) b.profile(p);
        for (String id : only) b.only(known(id));
        for (String id : enable) b.enable(known(id));
        for (String id : disable) b.disable(known(id));
        return b.build();
    }

    private static String known(String id) {
        if (RuleCatalog.byId(id) == null) throw new UsageException("unknown rule id '" + id + "' (see 'brickoptima rules')");
        return id;
    }
}
