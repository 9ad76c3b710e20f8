/**
 * Python source the package writes or inspects: literals that keep untrusted text from becoming code, the
 * identifiers of published functions, and the scan for risky calls that {@code verify} reports. Public for the
 * {@code rdresults.factorlib} facade and its sub-packages; not a supported API of its own.
 */
package rdresults.factorlib.internal.python;
