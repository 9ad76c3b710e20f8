package rdresults.api.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import rdresults.api.catalog.CatalogKind;

class EndpointTest {

    private static final Answer OK = Answer.json("a body");

    @Test
    void pathParametersMustBeTheTemplateOnesInOrder() {
        List<Param> swapped = List.of(Param.path("loop_id", ParamType.INTEGER, "the loop"),
                Param.path("task_run_id", ParamType.STRING, "the run"));
        assertThatThrownBy(() -> new Endpoint("/loops/{task_run_id}/{loop_id}", ApiGroup.REGISTRY, "s", "d",
                swapped, OK, List.of())).hasMessageContaining("do not match the template");
        assertThatThrownBy(() -> new Endpoint("/task_runs/{id}", ApiGroup.REGISTRY, "s", "d", List.of(), OK,
                List.of())).hasMessageContaining("do not match the template");
    }

    @Test
    void aNameOrAStatusIsDeclaredOnce() {
        Param status = Param.query("status", ParamType.STRING, "the status");
        assertThatThrownBy(() -> new Endpoint("/x", ApiGroup.REGISTRY, "s", "d", List.of(status, status), OK,
                List.of())).hasMessageContaining("'status' declared twice");
        assertThatThrownBy(() -> new Endpoint("/x", ApiGroup.REGISTRY, "s", "d", List.of(), OK,
                List.of(Failure.notFound("a"), Failure.notFound("b")))).hasMessageContaining("404 declared twice");
    }

    @Test
    void onlyQueryParametersAreAcceptedInTheQuery() {
        Endpoint loop = ApiEndpoints.LOOP;
        assertThat(loop.acceptsQuery("task_run_id")).isFalse();
        assertThat(loop.queryNames()).isEmpty();
        assertThat(ApiEndpoints.WORKSPACES.acceptsQuery("loop_id")).isTrue();
        assertThat(ApiEndpoints.CATALOG_LOOPS.queryNames()).containsExactly("cursor", "decision", "fields", "limit",
                "since", "solidified", "status", "task_run_id", "until");
    }

    @Test
    void everyCatalogHasItsEndpoint() {
        for (CatalogKind kind : CatalogKind.values()) {
            assertThat(ApiEndpoints.ALL).contains(ApiEndpoints.catalog(kind));
            assertThat(ApiEndpoints.catalog(kind).queryNames()).contains("fields", "limit", "cursor");
        }
    }
}
