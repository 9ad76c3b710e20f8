package rdresults.api.endpoint;

import rdresults.api.http.ConditionalResponses;

/**
 * An endpoint's successful answer: its media type, what the body is, and whether it is conditional (a strong
 * {@code ETag}, and 304 without a body when {@code If-None-Match} names it; see {@link ConditionalResponses}).
 */
record Answer(String mediaType, String description, boolean conditional) {

    static Answer json(String description) {
        return new Answer("application/json", description, true);
    }
}
