package dev.brickoptima.core.sql;

import net.sf.jsqlparser.parser.CCJSqlParser;

/**
 * Lets a host bound parse time: told when a parser starts and ends, it may set
 * {@code parser.interrupted = true} from another thread (the JVM layer does; the pure engine has no threads).
 */
public interface ParserWatch {
    ParserWatch NONE = new ParserWatch() {
        @Override
        public void started(CCJSqlParser parser) {
        }

        @Override
        public void finished(CCJSqlParser parser) {
        }
    };

    void started(CCJSqlParser parser);

    void finished(CCJSqlParser parser);
}
