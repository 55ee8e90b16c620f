package dev.brickoptima.eclipse.analysis;

import dev.brickoptima.core.code.JavaStringLiteral;
import dev.brickoptima.core.code.MyBatisText;
import dev.brickoptima.core.code.SqlPart;
import dev.brickoptima.core.sql.OffsetMapper;
import dev.brickoptima.core.sql.SqlTemplate;
import org.eclipse.jdt.core.dom.Expression;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL built in Java code: its parts in order (literal text or holes, as the core's {@link SqlPart}s) and, for each
 * literal part, where it is in the source so that findings and fixes map back into the right literal.
 */
final class CodeSql {
    /**
     * Where a literal part's text comes from. {@code literal} is null for a constant declared elsewhere;
     * {@code contentOffset} is where the part starts in the literal's value (a MyBatis literal is split in pieces).
     */
    record Origin(JavaStringLiteral literal, int sourceStart, int sourceEnd, int contentOffset) {
        boolean editable() {
            return literal != null;
        }

        /** Whether source range [start, end) lies inside this literal's content. */
        boolean containsContent(int start, int end) {
            if (literal == null) return false;
            int contentStart = sourceStart + literal.toSource(0);
            int contentEnd = sourceStart + literal.toSourceEnd(literal.content().length());
            return start >= contentStart && end <= contentEnd;
        }
    }

    final List<SqlPart> parts = new ArrayList<>();
    /** Same size as parts: the origin of a literal part, null for a hole. */
    final List<Origin> origins = new ArrayList<>();
    /** Same size as parts: the expression of a hole, null for a literal. */
    final List<Expression> holes = new ArrayList<>();
    /** Whether the SQL came through a variable or constant rather than being written at the sink. */
    boolean indirect;

    void literal(JavaStringLiteral lit, int sourceStart) {
        parts.add(SqlPart.literal(lit.content()));
        origins.add(new Origin(lit, sourceStart, sourceStart + lit.sourceText().length(), 0));
        holes.add(null);
    }

    /** A constant's value whose declaration is not in this file: findings land on the name that uses it. */
    void foreignConstant(String value, int sourceStart, int sourceEnd) {
        parts.add(SqlPart.literal(value));
        origins.add(new Origin(null, sourceStart, sourceEnd, 0));
        holes.add(null);
    }

    void hole(Expression e, String source, boolean safe) {
        parts.add(SqlPart.hole(source, safe));
        origins.add(null);
        holes.add(e);
    }

    boolean hasLiteral() {
        for (SqlPart p : parts) if (!p.isHole()) return true;
        return false;
    }

    boolean hasHole() {
        for (SqlPart p : parts) if (p.isHole()) return true;
        return false;
    }

    /** The template the core analyses: literal parts mapped to their source, holes as unknowns. */
    SqlTemplate template() {
        SqlTemplate.Builder b = SqlTemplate.builder();
        for (int i = 0; i < parts.size(); i++) {
            SqlPart p = parts.get(i);
            if (p.isHole()) {
                b.hole();
                continue;
            }
            Origin o = origins.get(i);
            if (o.literal() != null) b.literal(p.literal(), o.sourceStart(), new Shifted(o.literal(), o.contentOffset()));
            else b.literal(p.literal(), o.sourceStart(), new WholeRange(o.sourceEnd() - o.sourceStart()));
        }
        return b.build();
    }

    /**
     * MyBatis SQL: {@code #{x}} (a bound parameter) and {@code ${x}} (pasted text) become holes, so the rest parses
     * and findings still map into the literal.
     */
    CodeSql splitMyBatis() {
        CodeSql out = new CodeSql();
        out.indirect = indirect;
        for (int i = 0; i < parts.size(); i++) {
            SqlPart p = parts.get(i);
            Origin o = origins.get(i);
            if (p.isHole() || o.literal() == null) {
                out.parts.add(p);
                out.origins.add(o);
                out.holes.add(holes.get(i));
                continue;
            }
            for (MyBatisText.Piece piece : MyBatisText.split(p.literal())) {
                String text = p.literal().substring(piece.start(), piece.end());
                if (piece.kind() == MyBatisText.Kind.LITERAL) {
                    out.parts.add(SqlPart.literal(text));
                    out.origins.add(new Origin(o.literal(), o.sourceStart(), o.sourceEnd(), o.contentOffset() + piece.start()));
                    out.holes.add(null);
                } else {
                    out.hole(null, text, piece.kind() == MyBatisText.Kind.BIND);
                }
            }
        }
        return out;
    }

    /** The literal whose content holds source range [start, end), or null. */
    Origin literalAt(int start, int end) {
        for (Origin o : origins) if (o != null && o.containsContent(start, end)) return o;
        return null;
    }

    /** The first editable literal, where a statement-level comment can go. */
    Origin firstLiteral() {
        for (Origin o : origins) if (o != null && o.editable()) return o;
        return null;
    }

    /** A literal's mapping for a piece of its value that starts at {@code shift}. */
    private record Shifted(JavaStringLiteral literal, int shift) implements OffsetMapper {
        @Override
        public int toSource(int contentOffset) {
            return literal.toSource(shift + contentOffset);
        }

        @Override
        public int toSourceEnd(int contentOffset) {
            return literal.toSourceEnd(shift + contentOffset);
        }
    }

    /** Maps every offset of a foreign constant's value onto the name that refers to it. */
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
