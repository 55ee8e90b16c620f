package dev.brickoptima.core.sql;

import net.sf.jsqlparser.parser.ASTNodeAccess;
import net.sf.jsqlparser.parser.Node;
import net.sf.jsqlparser.parser.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Source ranges of parsed nodes, relative to the text given to the parser. JSqlParser records tokens for
 * many node types; for the others the range is the union of the children's ranges.
 */
public final class Spans {
    /** A half-open range [start, end). */
    public record Span(int start, int end) {
        public Span union(Span o) {
            if (o == null) return this;
            return new Span(Math.min(start, o.start), Math.max(end, o.end));
        }
    }

    private Spans() {
    }

    /** The range of {@code node}, or null when neither it nor any child has a recorded position. */
    public static Span of(Object node) {
        return of(node, 0);
    }

    private static Span of(Object node, int depth) {
        if (node == null) return null;
        Span own = own(node);
        if (own != null || depth > 64) return own;
        List<Object[]> kids = new ArrayList<>();
        SqlTree.children(node, Clause.OTHER, kids);
        Span s = null;
        for (Object[] k : kids) {
            Span c = of(k[0], depth + 1);
            if (c != null) s = s == null ? c : s.union(c);
        }
        return s;
    }

    /** The range recorded by the parser for this very node, or null. */
    public static Span own(Object node) {
        if (!(node instanceof ASTNodeAccess)) return null;
        Node ast = ((ASTNodeAccess) node).getASTNode();
        if (ast == null) return null;
        Token first = ast.jjtGetFirstToken();
        Token last = ast.jjtGetLastToken();
        if (first == null || last == null) return null;
        // absoluteBegin/End are 1-based; End points one past the token
        int start = first.absoluteBegin - 1;
        int end = last.absoluteEnd - 1;
        if (start < 0 || end < start) return null;
        return new Span(start, end);
    }
}
