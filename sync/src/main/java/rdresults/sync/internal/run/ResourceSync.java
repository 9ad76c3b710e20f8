package rdresults.sync.internal.run;

import java.util.List;
import rdresults.sync.ApiStatusException;
import rdresults.sync.ApiUnavailableException;
import rdresults.sync.MalformedPayloadException;
import rdresults.sync.SyncResource;
import rdresults.sync.report.ResourceReport;

/** Syncs one table from its API resources, applying it in one transaction. */
public interface ResourceSync {

    /** The resources it pulls, in order. */
    List<SyncResource> resources();

    /**
     * Pulls and applies; returns one report per resource.
     *
     * @throws ApiUnavailableException, ApiStatusException, MalformedPayloadException: nothing was written
     */
    List<ResourceReport> run(SyncContext ctx);
}
