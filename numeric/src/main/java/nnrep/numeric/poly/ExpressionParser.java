package nnrep.numeric.poly;

import java.util.function.Supplier;

/**
 * Recursive-descent parser of the target expression language (cli.md, section "Targets").
 * Grammar, whitespace allowed between tokens:
 * <pre>
 *   sum     = product { ("+" | "-") product }
 *   product = signed { ("*" | "/") signed | power }     a juxtaposed factor ("2 z1", "z1 z2")
 *                                                     must start with a name or a bracket
 *   signed  = ("+" | "-") signed | power
 *   power   = primary [ "^" signed ]                   exponent: a constant integer in 0..100
 *   primary = number | "(" sum ")" | "[" sum "]" | "z" index | "He" degree "(" "z" index ")"
 *           | "sqrt" "(" sum ")"                        argument: a constant >= 0
 * </pre>
 * Division is only by a nonzero constant. Numbers are decimal with an optional exponent
 * ("2", "0.5", ".5", "1e-3", "1.0E-5"); names and digits are ASCII. One parser per call;
 * not thread-safe.
 */
final class ExpressionParser {

    static final int MAX_EXPONENT = 100;
    static final int MAX_VARIABLE = 1000;

    private final String text;
    private final int fixedVariables;
    private int pos;
    private int largestVariable;

    /** fixedVariables = r, or 0 to take r from the largest index used. */
    ExpressionParser(String text, int fixedVariables) {
        this.text = text;
        this.fixedVariables = fixedVariables;
    }

    Polynomial parse() {
        skipSpace();
        if (atEnd()) {
            throw error(pos, "empty expression");
        }
        Polynomial p = sum();
        skipSpace();
        if (!atEnd()) {
            throw error(pos, "unexpected '" + peek() + "'"
                    + (peek() == ')' || peek() == ']' ? " without a matching opening bracket"
                            : ", expected an operator or the end"));
        }
        int r = fixedVariables > 0 ? fixedVariables : Math.max(1, largestVariable);
        return p.withVariables(r);
    }

    private Polynomial sum() {
        Polynomial p = product();
        while (true) {
            skipSpace();
            if (atEnd() || (peek() != '+' && peek() != '-')) {
                return p;
            }
            int operator = pos;
            boolean add = text.charAt(pos++) == '+';
            Polynomial q = product();
            Polynomial left = p;
            p = checked(operator, () -> add ? left.plus(q) : left.minus(q));
        }
    }

    private Polynomial product() {
        Polynomial p = signed();
        while (true) {
            skipSpace();
            int operator = pos;
            Polynomial left = p;
            if (accept('*')) {
                Polynomial q = signed();
                p = checked(operator, () -> left.times(q));
            } else if (accept('/')) {
                skipSpace();
                int divisorStart = pos;
                double divisor = constantValue(signed(), divisorStart, "can only divide by a constant");
                if (divisor == 0.0) {
                    throw error(divisorStart, "division by zero");
                }
                p = checked(operator, () -> left.scale(1.0 / divisor));
            } else if (!atEnd() && (isLetter(peek()) || peek() == '(' || peek() == '[')) {
                Polynomial q = power();
                p = checked(operator, () -> left.times(q));
            } else {
                return p;
            }
        }
    }

    private Polynomial signed() {
        skipSpace();
        if (accept('+')) {
            return signed();
        }
        if (accept('-')) {
            return signed().scale(-1.0);
        }
        return power();
    }

    private Polynomial power() {
        Polynomial base = primary();
        skipSpace();
        int operator = pos;
        if (!accept('^')) {
            return base;
        }
        skipSpace();
        int exponentStart = pos;
        double e = constantValue(signed(), exponentStart, "the exponent must be a constant");
        if (e != Math.rint(e) || e < 0 || e > MAX_EXPONENT) {
            throw error(exponentStart, "the exponent must be an integer in 0.." + MAX_EXPONENT
                    + ", got " + e);
        }
        return checked(operator, () -> base.power((int) e));
    }

    private Polynomial primary() {
        skipSpace();
        int start = pos;
        if (atEnd()) {
            throw error(pos, "unexpected end, expected a number, a variable zI, HeK(zI), sqrt(...) or '('");
        }
        char c = peek();
        if (c == '(' || c == '[') {
            return bracketed();
        }
        if (isDigit(c) || c == '.') {
            return Polynomial.constant(0, number());
        }
        if (isLetter(c)) {
            return named(identifier(), start);
        }
        throw error(pos, "unexpected '" + c + "', expected a number, a variable zI, HeK(zI), sqrt(...) or '('");
    }

    private Polynomial bracketed() {
        int open = pos;
        char opening = text.charAt(pos++);
        char closing = opening == '(' ? ')' : ']';
        Polynomial inside = sum();
        skipSpace();
        if (!accept(closing)) {
            throw error(pos, "expected '" + closing + "' to close the '" + opening + "' at column " + (open + 1));
        }
        return inside;
    }

    private Polynomial named(String name, int start) {
        if (name.equals("sqrt")) {
            skipSpace();
            if (atEnd() || peek() != '(') {
                throw error(pos, "expected '(' after sqrt");
            }
            int argumentStart = pos;
            double x = constantValue(bracketed(), argumentStart, "sqrt needs a constant argument");
            if (x < 0) {
                throw error(argumentStart, "sqrt of a negative number (" + x + ")");
            }
            return Polynomial.constant(0, Math.sqrt(x));
        }
        if (name.startsWith("He")) {
            return hermite(name, start);
        }
        if (name.startsWith("z")) {
            int i = variableIndex(name, start);
            return Polynomial.variable(i, i - 1);
        }
        throw error(start, "unknown name '" + name + "', expected a variable zI, HeK(zI) or sqrt(...)");
    }

    private Polynomial hermite(String name, int start) {
        String degree = name.substring(2);
        if (degree.isEmpty() || !degree.chars().allMatch(ExpressionParser::isDigit)) {
            throw error(start, "'" + name + "': He needs a non-negative integer degree, as in He2(z1)");
        }
        if (degree.length() > 3 || Integer.parseInt(degree) > MAX_EXPONENT) {
            throw error(start, "the Hermite degree must be at most " + MAX_EXPONENT + ", got " + degree);
        }
        skipSpace();
        if (!accept('(')) {
            throw error(pos, "expected '(' after " + name);
        }
        skipSpace();
        int argumentStart = pos;
        if (atEnd() || !isLetter(peek())) {
            throw error(pos, "expected a variable zI inside " + name + "(...)");
        }
        String argument = identifier();
        if (!argument.startsWith("z")) {
            throw error(argumentStart, "expected a variable zI inside " + name + "(...), got '" + argument + "'");
        }
        int i = variableIndex(argument, argumentStart);
        skipSpace();
        if (!accept(')')) {
            throw error(pos, "expected ')' after " + name + "(" + argument);
        }
        return Polynomial.hermite(i, i - 1, Integer.parseInt(degree));
    }

    /** The I of "zI", checked against 1..r (or 1..MAX_VARIABLE when r is inferred). */
    private int variableIndex(String name, int start) {
        String digits = name.substring(1);
        if (digits.isEmpty() || !digits.chars().allMatch(ExpressionParser::isDigit)) {
            throw error(start, "unknown name '" + name + "', expected a variable zI, HeK(zI) or sqrt(...)");
        }
        int limit = fixedVariables > 0 ? fixedVariables : MAX_VARIABLE;
        if (digits.length() > 4 || Integer.parseInt(digits) > limit) {
            throw error(start, "variable " + name + " exceeds r = " + limit);
        }
        int i = Integer.parseInt(digits);
        if (i == 0) {
            throw error(start, "variables are numbered from 1 (z1, z2, ...), got z0");
        }
        largestVariable = Math.max(largestVariable, i);
        return i;
    }

    private double number() {
        int start = pos;
        skipDigits();
        if (accept('.')) {
            skipDigits();
        }
        if (pos == start + 1 && text.charAt(start) == '.') {
            throw error(start, "expected a digit after '.'");
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            int mark = pos;
            pos++;
            if (!atEnd() && (peek() == '+' || peek() == '-')) {
                pos++;
            }
            if (atEnd() || !isDigit(peek())) {
                pos = mark; // not an exponent: "2e" is 2 times the name e
            } else {
                skipDigits();
            }
        }
        double value = Double.parseDouble(text.substring(start, pos));
        if (Double.isInfinite(value)) {
            throw error(start, "number out of range: " + text.substring(start, pos));
        }
        return value;
    }

    private String identifier() {
        int start = pos;
        while (!atEnd() && isLetterOrDigit(peek())) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** The value of a polynomial that must be constant, else an error at column start. */
    private double constantValue(Polynomial p, int start, String requirement) {
        if (!p.isConstant()) {
            throw error(start, requirement + ", got a polynomial of degree " + p.degree());
        }
        return p.isZero() ? 0.0 : p.coefficient(new int[p.variables()]);
    }

    /** Runs an arithmetic step, reporting coefficient overflow at the operator's column. */
    private Polynomial checked(int operator, Supplier<Polynomial> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw error(operator, "result out of range (" + e.getMessage() + ")");
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetterOrDigit(int c) {
        return isLetter(c) || isDigit(c);
    }

    private void skipDigits() {
        while (!atEnd() && isDigit(peek())) {
            pos++;
        }
    }

    private void skipSpace() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private boolean accept(char c) {
        if (!atEnd() && peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private ExpressionException error(int index, String reason) {
        return new ExpressionException(text, index + 1, reason);
    }
}
