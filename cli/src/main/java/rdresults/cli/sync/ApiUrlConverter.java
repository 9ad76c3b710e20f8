package rdresults.cli.sync;

import java.net.URI;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import rdresults.sync.http.ApiClientConfig;

/**
 * Parses {@code --api}: an absolute http(s) URL, checked as the sync library checks it; else a usage error, which
 * for a bare {@code host:port} (the usual slip) names the URL meant.
 */
final class ApiUrlConverter implements ITypeConverter<URI> {

    @Override
    public URI convert(String value) {
        try {
            return ApiClientConfig.of(value).baseUri();
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage() + hint(value));
        }
    }

    private static String hint(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() || trimmed.contains("://") ? "" : "; did you mean 'http://" + trimmed + "'?";
    }
}
