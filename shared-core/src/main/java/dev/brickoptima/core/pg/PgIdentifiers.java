package dev.brickoptima.core.pg;

import java.util.Locale;

/** PostgreSQL identifier quoting: lower-case names of letters, digits and _ stay bare; the rest is double-quoted. */
public final class PgIdentifiers {
    private PgIdentifiers() {
    }

    public static String quote(String name) {
        boolean bare = !name.isEmpty() && (Character.isLowerCase(name.charAt(0)) || name.charAt(0) == '_');
        for (int i = 0; i < name.length() && bare; i++) {
            char c = name.charAt(i);
            bare = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
        }
        return bare && !isReserved(name) ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A reserved key word (any case): never a column name unless quoted, so EXPLAIN never prints one bare as a column. */
    static boolean isReserved(String word) {
        return RESERVED.contains("," + word.toLowerCase(Locale.ROOT) + ",");
    }

    /** {@code "Mixed Case"} -> {@code Mixed Case} (doubled quotes undone); anything else as is. */
    public static String unquote(String s) {
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        return s;
    }

    /** The first '.' outside double quotes ({@code "a.b".c} -> 5), or -1. */
    public static int dotOutsideQuotes(String s) {
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') q = !q;
            else if (c == '.' && !q) return i;
        }
        return -1;
    }

    // reserved key words that cannot be column names without quotes (PostgreSQL docs, appendix C)
    private static final String RESERVED = ",all,analyse,analyze,and,any,array,as,asc,asymmetric,both,case,cast,check,collate,column,"
        + "constraint,create,current_catalog,current_date,current_role,current_time,current_timestamp,current_user,default,"
        + "deferrable,desc,distinct,do,else,end,except,false,fetch,for,foreign,from,grant,group,having,in,initially,intersect,"
        + "into,lateral,leading,limit,localtime,localtimestamp,not,null,offset,on,only,or,order,placing,primary,references,"
        + "returning,select,session_user,some,symmetric,table,then,to,trailing,true,union,unique,user,using,variadic,when,"
        + "where,window,with,";
}
