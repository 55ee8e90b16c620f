package dev.brickoptima.core.sql;

import java.util.List;

/**
 * One statement of a script: [start, end) offsets of its code (comments before it excluded), the tokens
 * inside it, the comments that belong to it (inside, just before, or trailing on its last line), and the
 * deepest parenthesis nesting with the offset where it was reached.
 */
public record StatementSlice(int start, int end, List<SqlToken> tokens, List<SqlToken> comments,
                             int maxDepth, int deepestOffset) {
}
