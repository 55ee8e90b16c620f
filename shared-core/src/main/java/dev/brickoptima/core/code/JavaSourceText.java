package dev.brickoptima.core.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Lexical facts about Java source text that every host would otherwise compute from its own tree: comments, the
 * import section, and uses of a name in a range. Skips string literals, text blocks and char literals correctly;
 * never fails on broken code.
 */
public final class JavaSourceText {
    /** A comment's range, end exclusive. */
    public record Comment(int start, int end) {
    }

    private final String text;
    private List<Comment> comments;
    private List<String> imports;
    private String packageName = "";
    private int importsEnd = -1;
    private boolean importsRead;

    public JavaSourceText(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public List<Comment> comments() {
        if (comments == null) {
            comments = new ArrayList<>();
            scan(new int[] {0, text.length()}, null, comments);
        }
        return comments;
    }

    /** Imported names as written ({@code java.sql.Statement}, {@code java.sql.*}); static imports are left out. */
    public List<String> imports() {
        readImports();
        return imports;
    }

    /** Where a new import goes: after the last import, else after the package declaration, else 0. */
    public int importInsertOffset() {
        readImports();
        return importsEnd;
    }

    /** The package declared, or "" for the default package. */
    public String packageName() {
        readImports();
        return packageName;
    }

    /**
     * The qualified names a type name as written can stand for, from the imports and the package, most likely first:
     * how a host without type information (no classpath) names a receiver's type.
     */
    public List<String> qualifiedNames(String written) {
        List<String> out = new ArrayList<>();
        if (written == null || written.isEmpty()) return out;
        int lt = written.indexOf('<');
        String name = lt >= 0 ? written.substring(0, lt) : written;
        if (name.indexOf('.') >= 0) {
            out.add(name);
            return out;
        }
        for (String i : imports()) if (i.endsWith("." + name)) out.add(i);
        if (!out.isEmpty()) return out;
        for (String i : imports()) if (i.endsWith(".*")) out.add(i.substring(0, i.length() - 1) + name);
        out.add(packageName().isEmpty() ? name : packageName() + "." + name);
        return out;
    }

    /** Whether {@code qualifiedName} is usable by its simple name: imported alone or with its package, or in java.lang. */
    public boolean imports(String qualifiedName) {
        String pkg = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
        for (String i : imports()) if (i.equals(qualifiedName) || i.equals(pkg + ".*")) return true;
        return false;
    }

    /** Whether another type with the same simple name is imported by name (then the qualified name must be written). */
    public boolean importsOtherNamed(String qualifiedName) {
        String simple = "." + qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        for (String i : imports()) if (i.endsWith(simple) && !i.equals(qualifiedName)) return true;
        return false;
    }

    /** How often {@code name} occurs as an identifier in [from, to), outside comments and literals, not after a dot. */
    public int countIdentifier(String name, int from, int to) {
        List<Integer> hits = new ArrayList<>();
        scan(new int[] {Math.max(0, from), Math.min(text.length(), to)}, name, hits);
        return hits.size();
    }

    /** Whether {@code name} occurs as an identifier in [from, to). */
    public boolean usesIdentifier(String name, int from, int to) {
        return countIdentifier(name, from, to) > 0;
    }

    /**
     * Where the parameter list of the method whose body starts at {@code bodyStart} opens (its {@code (}), skipping a
     * {@code throws} clause; {@code bodyStart} itself when the body has none (an initializer). A name declared there
     * is in scope in the body, so a new local must not take it.
     */
    public int parameterListStart(int bodyStart) {
        int i = Math.min(bodyStart, text.length()) - 1;
        while (i >= 0 && text.charAt(i) != ')') {
            char c = text.charAt(i);
            if (!(Character.isJavaIdentifierPart(c) || Character.isWhitespace(c) || c == '.' || c == ',' || c == '<' || c == '>'
                || c == '?' || c == '&')) return bodyStart;
            i--;
        }
        for (int depth = 0; i >= 0; i--) {
            char c = text.charAt(i);
            // a string in a parameter's annotation: its parentheses do not count
            if (c == '"') i = text.lastIndexOf('"', i - 1);
            else if (c == ')') depth++;
            else if (c == '(' && --depth == 0) return i;
        }
        return bodyStart;
    }

    /** Start of the line holding {@code offset}. */
    public int lineStart(int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') i--;
        return i;
    }

    /** End of the line holding {@code offset} (before its line break). */
    public int lineEnd(int offset) {
        int i = Math.max(0, offset);
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
        return i;
    }

    /** The file's line separator. */
    public String lineSeparator() {
        int i = text.indexOf('\n');
        return i > 0 && text.charAt(i - 1) == '\r' ? "\r\n" : "\n";
    }

    /**
     * One pass over [range[0], range[1]): collects comments into {@code out} (identifier null), or the starts of
     * identifier {@code identifier} (not preceded by a dot) into {@code out}.
     */
    @SuppressWarnings("unchecked")
    private void scan(int[] range, String identifier, List<?> out) {
        int n = range[1];
        int i = range[0];
        char prevSignificant = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int e = lineEnd(i);
                if (identifier == null) ((List<Comment>) out).add(new Comment(i, e));
                i = e;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int e = close < 0 ? text.length() : close + 2;
                if (identifier == null) ((List<Comment>) out).add(new Comment(i, Math.min(e, text.length())));
                i = e;
            } else if (c == '"') {
                i = skipString(i);
                prevSignificant = '"';
            } else if (c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '\'' && text.charAt(j) != '\n') j += text.charAt(j) == '\\' ? 2 : 1;
                i = j + 1;
                prevSignificant = '\'';
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < text.length() && Character.isJavaIdentifierPart(text.charAt(j))) j++;
                if (identifier != null && prevSignificant != '.' && j - i == identifier.length() && text.startsWith(identifier, i)) {
                    ((List<Integer>) out).add(i);
                }
                prevSignificant = 'a';
                i = j;
            } else {
                if (!Character.isWhitespace(c)) prevSignificant = c;
                i++;
            }
        }
    }

    /** The offset after the string literal or text block starting at {@code i}. */
    private int skipString(int i) {
        if (text.startsWith("\"\"\"", i)) {
            int j = i + 3;
            while (j < text.length()) {
                if (text.charAt(j) == '\\') j += 2;
                else if (text.startsWith("\"\"\"", j)) return j + 3;
                else j++;
            }
            return text.length();
        }
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '"' && text.charAt(j) != '\n') j += text.charAt(j) == '\\' ? 2 : 1;
        return Math.min(text.length(), j + 1);
    }

    private void readImports() {
        if (importsRead) return;
        importsRead = true;
        imports = new ArrayList<>();
        importsEnd = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ';') {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                i = lineEnd(i);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (text.startsWith("package", i) || text.startsWith("import", i)) {
                boolean isImport = text.startsWith("import", i);
                int semi = text.indexOf(';', i);
                if (semi < 0) return;
                String body = text.substring(i + (isImport ? 6 : 7), semi).replaceAll("\\s+", "");
                if (isImport && !body.startsWith("static")) imports.add(body);
                if (!isImport) packageName = body;
                importsEnd = semi + 1;
                i = semi + 1;
            } else {
                return;
            }
        }
    }
}
