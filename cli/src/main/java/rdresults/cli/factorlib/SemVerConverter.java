package rdresults.cli.factorlib;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import rdresults.factorlib.InvalidVersionException;
import rdresults.factorlib.SemVer;

/** Parses a package version strictly ({@code MAJOR.MINOR.PATCH}); anything else is a usage error naming the option. */
final class SemVerConverter implements ITypeConverter<SemVer> {

    @Override
    public SemVer convert(String value) {
        try {
            return SemVer.parse(value);
        } catch (InvalidVersionException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
