package dev.brickoptima.eclipse.analysis;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.TextEdit;
import org.eclipse.jdt.core.dom.ASTNode;
import org.eclipse.jdt.core.dom.BodyDeclaration;
import org.eclipse.jdt.core.dom.Comment;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.Statement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code // brickoptima:ignore rule-id ...} on the line above a Java statement (or declaration), or at the end of its
 * first line, suppresses those rules (all rules when no id is given) for the SQL in that statement. The SQL comment
 * {@code /* brickoptima:ignore ... *}{@code /} inside the SQL itself is honoured by the core as well.
 */
final class JavaSuppressions {
    static final String MARKER = "brickoptima:ignore";
    private static final String ALL = "*";

    private final CompilationUnit cu;
    private final String source;
    /** Line of a comment's end -> rule ids it names (ALL for every rule). */
    private final Map<Integer, Set<String>> byLine = new HashMap<>();

    JavaSuppressions(CompilationUnit cu, String source) {
        this.cu = cu;
        this.source = source;
        List<?> comments = cu.getCommentList();
        if (comments == null) return;
        for (Object o : comments) {
            Comment c = (Comment) o;
            int s = c.getStartPosition();
            int e = s + c.getLength();
            if (s < 0 || e > source.length()) continue;
            String body = source.substring(s, e);
            int i = body.indexOf(MARKER);
            if (i < 0) continue;
            String rest = body.substring(i + MARKER.length());
            if (rest.endsWith("*/")) rest = rest.substring(0, rest.length() - 2);
            Set<String> ids = byLine.computeIfAbsent(cu.getLineNumber(e - 1), k -> new HashSet<>());
            boolean any = false;
            for (String part : rest.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    ids.add(part.trim());
                    any = true;
                }
            }
            if (!any) ids.add(ALL);
        }
    }

    /** The statement or declaration a finding on {@code node} belongs to. */
    static ASTNode anchor(ASTNode node) {
        ASTNode n = node;
        while (n != null && !(n instanceof Statement) && !(n instanceof BodyDeclaration)) n = n.getParent();
        return n == null ? node : n;
    }

    boolean suppresses(ASTNode node, String ruleId) {
        if (byLine.isEmpty()) return false;
        int line = cu.getLineNumber(firstTokenStart(anchor(node)));
        for (int l : new int[] {line - 1, line}) {
            Set<String> ids = byLine.get(l);
            if (ids != null && (ids.contains(ALL) || ids.contains(ruleId))) return true;
        }
        return false;
    }

    /** The edit that inserts {@code // brickoptima:ignore ruleId} above the statement holding {@code node}. */
    Fix suppressionFor(ASTNode node, String ruleId) {
        int at = firstTokenStart(anchor(node));
        int lineStart = at;
        while (lineStart > 0 && source.charAt(lineStart - 1) != '\n' && source.charAt(lineStart - 1) != '\r') lineStart--;
        String indent = source.substring(lineStart, at);
        if (!indent.isBlank()) {
            // something precedes the statement on its line: put the comment at its end instead
            int lineEnd = at;
            while (lineEnd < source.length() && source.charAt(lineEnd) != '\n' && source.charAt(lineEnd) != '\r') lineEnd++;
            return new Fix("Suppress '" + ruleId + "' for this statement", List.of(new TextEdit(lineEnd, lineEnd, " // " + MARKER + " " + ruleId)));
        }
        String nl = lineSeparator();
        return new Fix("Suppress '" + ruleId + "' for this statement",
            List.of(new TextEdit(lineStart, lineStart, indent + "// " + MARKER + " " + ruleId + nl)));
    }

    /** Start of a node without its Javadoc (a declaration's range includes it). */
    private int firstTokenStart(ASTNode n) {
        if (n instanceof BodyDeclaration && ((BodyDeclaration) n).getJavadoc() != null) {
            BodyDeclaration b = (BodyDeclaration) n;
            if (!b.modifiers().isEmpty()) return ((ASTNode) b.modifiers().get(0)).getStartPosition();
            ASTNode doc = b.getJavadoc();
            int end = doc.getStartPosition() + doc.getLength();
            while (end < source.length() && Character.isWhitespace(source.charAt(end))) end++;
            return end;
        }
        return n.getStartPosition();
    }

    private String lineSeparator() {
        int i = source.indexOf('\n');
        return i > 0 && source.charAt(i - 1) == '\r' ? "\r\n" : "\n";
    }
}
