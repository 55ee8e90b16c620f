package dev.brickoptima.core.code;

import dev.brickoptima.core.sql.OffsetMapper;
import dev.brickoptima.core.sql.SqlTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL built by a Java expression ({@link CodeSqlBuilder}): its parts in order (literal text or holes, as the core's
 * {@link SqlPart}s) and where each comes from, so findings and fixes map back to the right place in the file.
 * {@link #operands} is the same SQL as the expression writes it (names not followed), for bind-parameter rewrites.
 */
public final class CodeSql<N> {
    /**
     * One part. A literal written in this file has {@code literal} set (its text from {@code contentOffset} on, so
     * MyBatis placeholders can split it); a constant whose declaration is elsewhere maps onto the name using it
     * ({@code literal} null); a hole has the expression ({@code node}, null for a MyBatis placeholder).
     */
    public record Part<N>(SqlPart part, N node, int start, int end, JavaStringLiteral literal, int contentOffset) {
        public boolean editable() {
            return literal != null;
        }

        /** Whether [start, end) of the file lies inside this literal's content. */
        boolean containsContent(int from, int to) {
            if (literal == null) return false;
            return from >= start + literal.toSource(0) && to <= start + literal.toSourceEnd(literal.content().length());
        }
    }

    /** A top-level operand for rewrites: a literal, a named constant (kept named) or a hole. */
    public record Operand<N>(SqlPart part, N node) {
    }

    final N root;
    final List<Part<N>> parts = new ArrayList<>();
    final List<Operand<N>> operands = new ArrayList<>();
    CodeSql(N root) {
        this.root = root;
    }

    public N root() {
        return root;
    }

    public List<Part<N>> parts() {
        return parts;
    }

    public List<SqlPart> sqlParts() {
        List<SqlPart> out = new ArrayList<>();
        for (Part<N> p : parts) out.add(p.part());
        return out;
    }

    public List<SqlPart> operandParts() {
        List<SqlPart> out = new ArrayList<>();
        for (Operand<N> o : operands) out.add(o.part());
        return out;
    }

    boolean hasLiteral() {
        for (Part<N> p : parts) if (!p.part().isHole()) return true;
        return false;
    }

    boolean hasHole() {
        for (Part<N> p : parts) if (p.part().isHole()) return true;
        return false;
    }

    /** Source start of the first literal written in this file, or -1. */
    int firstLiteralStart() {
        for (Part<N> p : parts) if (p.editable()) return p.start();
        return -1;
    }

    /** The lowest source offset of any literal part (templates are analysed relative to it, so analyses can be cached). */
    int base() {
        int b = Integer.MAX_VALUE;
        for (Part<N> p : parts) if (!p.part().isHole()) b = Math.min(b, p.start());
        return b == Integer.MAX_VALUE ? 0 : b;
    }

    /** The template the SQL analyzer sees, with offsets relative to {@link #base()}. */
    SqlTemplate template() {
        int base = base();
        SqlTemplate.Builder b = SqlTemplate.builder();
        for (Part<N> p : parts) {
            if (p.part().isHole()) {
                b.hole();
            } else if (p.literal() != null) {
                b.literal(p.part().literal(), p.start() - base, p.contentOffset() == 0 ? p.literal() : p.literal().from(p.contentOffset()));
            } else {
                int len = p.end() - p.start();
                b.literal(p.part().literal(), p.start() - base, new WholeRange(len));
            }
        }
        return b.build();
    }

    /** Identifies the analysis: the same key gives the same findings at the same offsets relative to {@link #base()}. */
    String cacheKey() {
        int base = base();
        StringBuilder sb = new StringBuilder();
        for (Part<N> p : parts) {
            if (p.part().isHole()) {
                sb.append('\u0001');
                continue;
            }
            sb.append(p.start() - base).append('\u0002').append(p.contentOffset()).append('\u0002');
            sb.append(p.literal() != null ? p.literal().sourceText() : p.part().literal()).append('\u0002').append(p.end() - p.start()).append('\u0003');
        }
        return sb.toString();
    }

    /** The editable literal whose content holds source range [from, to), or null. */
    Part<N> literalAt(int from, int to) {
        for (Part<N> p : parts) if (p.containsContent(from, to)) return p;
        return null;
    }

    /** Maps every offset of a constant declared elsewhere onto the name that uses it. */
    private record WholeRange(int length) implements OffsetMapper {
        @Override
        public int toSource(int contentOffset) {
            return 0;
        }

        @Override
        public int toSourceEnd(int contentOffset) {
            return length;
        }
    }
}
