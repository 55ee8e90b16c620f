package dev.brickoptima.jvm.sql;

import dev.brickoptima.core.sql.ParserWatch;
import net.sf.jsqlparser.parser.CCJSqlParser;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Interrupts a JSqlParser run (its {@code interrupted} flag) once it exceeds the per-statement budget. */
public final class ParseTimeBudget implements ParserWatch {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "brickoptima-parse-budget");
        t.setDaemon(true);
        return t;
    });
    private final long budgetMillis;
    private final Map<CCJSqlParser, ScheduledFuture<?>> armed = new ConcurrentHashMap<>();

    public ParseTimeBudget(long budgetMillis) {
        this.budgetMillis = budgetMillis;
    }

    @Override
    public void started(CCJSqlParser parser) {
        armed.put(parser, TIMER.schedule(() -> {
            parser.interrupted = true;
        }, budgetMillis, TimeUnit.MILLISECONDS));
    }

    @Override
    public void finished(CCJSqlParser parser) {
        ScheduledFuture<?> f = armed.remove(parser);
        if (f != null) f.cancel(false);
    }
}
