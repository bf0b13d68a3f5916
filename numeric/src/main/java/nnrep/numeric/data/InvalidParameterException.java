package nnrep.numeric.data;

/**
 * A parameter value the computation cannot accept: bad input, not a bug. Thrown where the input is
 * checked, it names the parameter in the notation of the code and the paper ({@code d}, {@code n},
 * {@code m}, {@code eta1}, {@code testSamples}, ...), never a command-line flag: the command line
 * translates {@link #parameter()} into its own option names and maps this type, and only this
 * type, to its bad-input exit status. Any other exception escaping a computation is a bug.
 */
public final class InvalidParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The parameter's name. */
    private final String parameter;
    /** What it must be and what it was. */
    private final String requirement;

    /**
     * An exception for a parameter and what was wrong with it.
     *
     * @param parameter   the parameter's name, e.g. "n"
     * @param requirement what it must be and what it was, e.g. "must be at least 1, got 0"
     */
    public InvalidParameterException(String parameter, String requirement) {
        super(parameter + " " + requirement);
        this.parameter = parameter;
        this.requirement = requirement;
    }

    /** {@return the parameter's name in the code's notation} */
    public String parameter() {
        return parameter;
    }

    /** {@return what the parameter must be, and the value it had, without the parameter's name} */
    public String requirement() {
        return requirement;
    }
}
