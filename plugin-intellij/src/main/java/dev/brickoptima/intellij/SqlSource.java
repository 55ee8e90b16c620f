package dev.brickoptima.intellij;

import com.intellij.psi.JavaTokenType;
import com.intellij.psi.PsiClass;
import com.intellij.psi.PsiClassType;
import com.intellij.psi.PsiElement;
import com.intellij.psi.PsiExpression;
import com.intellij.psi.PsiField;
import com.intellij.psi.PsiLiteralExpression;
import com.intellij.psi.PsiModifier;
import com.intellij.psi.PsiParenthesizedExpression;
import com.intellij.psi.PsiPolyadicExpression;
import com.intellij.psi.PsiPrimitiveType;
import com.intellij.psi.PsiReferenceExpression;
import com.intellij.psi.PsiType;
import dev.brickoptima.core.code.JavaStringLiteral;
import dev.brickoptima.core.code.MyBatisText;
import dev.brickoptima.core.code.SqlPart;
import dev.brickoptima.core.sql.OffsetMapper;
import dev.brickoptima.core.sql.SqlTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SQL text built by a Java expression: a string literal, a concatenation, a {@code static final} constant.
 * Operands become {@link Piece}s: literal text (with its source mapping) or holes; offsets are relative to the
 * start of {@link #top}, the element problems are registered on.
 */
final class SqlSource {
    /** One operand. {@code literal} is set for string literals written here (fixes edit them). */
    record Piece(SqlPart part, PsiExpression element, int relStart, int relEnd, OffsetMapper mapper,
                 PsiLiteralExpression literal, JavaStringLiteral parsed) {
    }

    private static final Set<String> SAFE_BOXES = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
        "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.math.BigDecimal",
        "java.math.BigInteger", "java.util.UUID");
    private static final int MAX_OPERANDS = 500;

    final PsiExpression top;
    final List<Piece> pieces;
    final SqlTemplate template;
    /** Identifies the analysis: the same text gives the same findings at the same relative offsets. */
    final String key;

    private SqlSource(PsiExpression top, List<Piece> pieces, SqlTemplate template, String key) {
        this.top = top;
        this.pieces = pieces;
        this.template = template;
        this.key = key;
    }

    /** The SQL built by {@code top}; null when it has no literal text at all or is too large to be SQL code. */
    static SqlSource of(PsiExpression top, boolean myBatis) {
        List<Piece> pieces = new ArrayList<>();
        int base = top.getTextRange().getStartOffset();
        if (!collect(top, base, pieces, myBatis)) return null;
        boolean anyText = false;
        SqlTemplate.Builder b = SqlTemplate.builder();
        StringBuilder key = new StringBuilder(top.getText()).append('\u0000');
        for (Piece p : pieces) {
            if (p.part().isHole()) {
                b.hole();
                key.append("\u0001");
            } else {
                anyText = true;
                b.literal(p.part().literal(), p.relStart(), p.mapper());
                if (p.literal() == null) key.append(p.part().literal()).append('\u0002');
            }
        }
        if (!anyText) return null;
        return new SqlSource(top, pieces, b.build(), key.toString());
    }

    /** The top of the string expression {@code e} is an operand of (through concatenations and parentheses). */
    static PsiExpression topOf(PsiExpression e) {
        PsiExpression cur = e;
        while (true) {
            PsiElement parent = cur.getParent();
            if (parent instanceof PsiParenthesizedExpression) cur = (PsiExpression) parent;
            else if (parent instanceof PsiPolyadicExpression && ((PsiPolyadicExpression) parent).getOperationTokenType() == JavaTokenType.PLUS
                && isString(((PsiPolyadicExpression) parent).getType())) cur = (PsiExpression) parent;
            else return cur;
        }
    }

    static boolean isString(PsiType t) {
        return t != null && t.equalsToText("java.lang.String");
    }

    List<SqlPart> parts() {
        List<SqlPart> out = new ArrayList<>();
        for (Piece p : pieces) out.add(p.part());
        return out;
    }

    boolean hasHoles() {
        for (Piece p : pieces) if (p.part().isHole()) return true;
        return false;
    }

    private static boolean collect(PsiExpression e, int base, List<Piece> out, boolean myBatis) {
        if (out.size() > MAX_OPERANDS) return false;
        int relStart = e.getTextRange().getStartOffset() - base;
        int relEnd = e.getTextRange().getEndOffset() - base;
        if (e instanceof PsiParenthesizedExpression && ((PsiParenthesizedExpression) e).getExpression() != null) {
            return collect(((PsiParenthesizedExpression) e).getExpression(), base, out, myBatis);
        }
        if (e instanceof PsiPolyadicExpression && ((PsiPolyadicExpression) e).getOperationTokenType() == JavaTokenType.PLUS
            && isString(e.getType())) {
            PsiExpression[] ops = ((PsiPolyadicExpression) e).getOperands();
            // "a" + 1 + 2 is "a12", but 1 + 2 + "a" is "3a": leading non-string operands are added first
            if (ops.length > 0 && !isString(ops[0].getType()) && !(ops.length > 1 && isString(ops[1].getType()))) {
                return constantOrHole(e, relStart, relEnd, out);
            }
            for (PsiExpression op : ops) if (!collect(op, base, out, myBatis)) return false;
            return true;
        }
        if (e instanceof PsiLiteralExpression && isString(e.getType())) {
            JavaStringLiteral lit = JavaStringLiteral.tryParse(e.getText());
            if (lit == null) return false;
            if (myBatis) {
                for (MyBatisText.Piece mp : MyBatisText.split(lit.content())) {
                    if (mp.kind() == MyBatisText.Kind.LITERAL) {
                        out.add(new Piece(SqlPart.literal(lit.content().substring(mp.start(), mp.end())), e, relStart, relEnd,
                            lit.from(mp.start()), (PsiLiteralExpression) e, lit));
                    } else {
                        String text = lit.content().substring(mp.start(), mp.end());
                        out.add(new Piece(SqlPart.hole(text, mp.kind() == MyBatisText.Kind.BIND), e,
                            relStart + lit.toSource(mp.start()), relStart + lit.toSourceEnd(mp.end()), null, null, null));
                    }
                }
                return true;
            }
            out.add(new Piece(SqlPart.literal(lit.content()), e, relStart, relEnd, lit, (PsiLiteralExpression) e, lit));
            return true;
        }
        return constantOrHole(e, relStart, relEnd, out);
    }

    /** A compile-time constant (a static final String, a number) is literal text mapped to the whole operand. */
    private static boolean constantOrHole(PsiExpression e, int relStart, int relEnd, List<Piece> out) {
        Object value = constantValue(e);
        if (value != null) {
            int len = relEnd - relStart;
            OffsetMapper whole = new OffsetMapper() {
                @Override
                public int toSource(int offset) {
                    return 0;
                }

                @Override
                public int toSourceEnd(int offset) {
                    return len;
                }
            };
            out.add(new Piece(SqlPart.constant(String.valueOf(value), e.getText()), e, relStart, relEnd, whole, null, null));
        } else {
            out.add(new Piece(SqlPart.hole(e.getText(), safeType(e.getType())), e, relStart, relEnd, null, null, null));
        }
        return true;
    }

    /** The value of a constant expression: literals and static final fields with constant initializers. */
    static Object constantValue(PsiExpression e) {
        if (e instanceof PsiLiteralExpression) {
            Object v = ((PsiLiteralExpression) e).getValue();
            return v instanceof Character ? null : v;
        }
        if (e instanceof PsiReferenceExpression) {
            PsiElement target = ((PsiReferenceExpression) e).resolve();
            if (target instanceof PsiField) {
                PsiField f = (PsiField) target;
                if (f.hasModifierProperty(PsiModifier.FINAL) && (f.hasModifierProperty(PsiModifier.STATIC) || f.getContainingClass() != null && f.getContainingClass().isInterface())) {
                    Object v = f.computeConstantValue();
                    return v instanceof Character ? null : v;
                }
            }
        }
        return null;
    }

    /** Types whose text cannot carry a quote: numbers, booleans, enums (char can be a quote). */
    static boolean safeType(PsiType t) {
        if (t instanceof PsiPrimitiveType) return !t.equalsToText("char");
        if (t instanceof PsiClassType) {
            if (SAFE_BOXES.contains(t.getCanonicalText())) return true;
            PsiClass c = ((PsiClassType) t).resolve();
            return c != null && c.isEnum();
        }
        return false;
    }
}
