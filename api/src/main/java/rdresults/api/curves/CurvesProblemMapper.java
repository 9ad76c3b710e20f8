package rdresults.api.curves;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import rdresults.api.http.Problems;

/** An unreadable or corrupt return series file is the data's problem, not the service's: 503 with the reason. */
public final class CurvesProblemMapper {

    private static final Logger LOG = Logger.getLogger(CurvesProblemMapper.class);

    @ServerExceptionMapper
    public Response curvesUnavailable(CurvesUnavailableException e) {
        LOG.warnf("return series unavailable: %s", e.getMessage());
        return Problems.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
    }
}
