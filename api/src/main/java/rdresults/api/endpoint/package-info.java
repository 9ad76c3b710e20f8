/**
 * Every endpoint declared once as data ({@link rdresults.api.endpoint.ApiEndpoints}): the resources read their query
 * parameters strictly against these declarations ({@link rdresults.api.endpoint.QueryParams}) and
 * {@link rdresults.api.endpoint.ApiDocumentFilter} builds {@code /q/openapi} from them. Public for the resources;
 * not a supported API of its own.
 */
package rdresults.api.endpoint;
