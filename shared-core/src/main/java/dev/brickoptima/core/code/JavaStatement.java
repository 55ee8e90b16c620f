package dev.brickoptima.core.code;

/**
 * The source range of a statement, member declaration or body.
 *
 * @param start   first character (a declaration's Javadoc excluded)
 * @param end     end, exclusive
 * @param inBlock whether it is a statement directly inside a block, so statements can be inserted before it
 */
public record JavaStatement(int start, int end, boolean inBlock) {
}
