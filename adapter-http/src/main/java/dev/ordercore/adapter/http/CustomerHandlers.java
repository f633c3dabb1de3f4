package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.CreateCustomerCommand;
import dev.ordercore.application.port.in.CustomerView;
import dev.ordercore.application.port.in.GetCustomerQuery;
import dev.ordercore.application.port.in.ListCustomersQuery;
import dev.ordercore.application.port.in.UpdateCustomerCommand;
import dev.ordercore.application.port.out.CustomerFilter;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.customer.BusinessType;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.EntityType;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Customers (seed 002): register, list with filters, read one with the metrics its orders add up
 * to, and change some fields (PATCH: a field left out keeps its value, {@code null} clears it).
 * A customer is versioned: it answers with an {@code ETag}, and PATCH takes {@code If-Match}.
 */
final class CustomerHandlers {

    static final int DEFAULT_LIMIT = 50;
    private static final Set<String> LIST_PARAMETERS = Set.of("name", "businessType", "createdFrom", "createdTo", "limit", "cursor");

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;
    private final CustomerBodies customerBodies;

    CustomerHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses, ObjectMapper mapper) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
        this.customerBodies = new CustomerBodies(mapper);
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/customers", methods = HttpMethod.POST, tags = "Customers",
            summary = "Register a customer", operationId = "createCustomer",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CustomerBodies.CustomerRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = CustomerResponse.class), headers = {@OpenApiParam(name = "Location"), @OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types or unknown fields (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role the token does not grant (operator, R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The customer model refuses the content; every violation is listed", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void create(Context ctx) {
        Caller caller = auth.caller(ctx);
        CustomerBodies.CustomerRequest r = bodies.read(ctx, CustomerBodies.CustomerRequest.class);
        Customer created = Responses.orRefuse(core.createCustomer().create(new CreateCustomerCommand(caller.principal(), caller.tenant(),
                r.draft())));
        ctx.header(Header.LOCATION, HttpApi.BASE_PATH.replace("{tenantId}", caller.tenant().value()) + "/customers/" + created.id().value());
        respond(ctx, 201, created, null);
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/customers", methods = HttpMethod.GET, tags = "Customers",
            summary = "List customers in registration order", operationId = "listCustomers",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            queryParams = {@OpenApiParam(name = "name", type = String.class, description = "Only customers whose name contains this, ignoring case"),
                @OpenApiParam(name = "businessType", type = BusinessType.class, description = "Only customers of this business type"),
                @OpenApiParam(name = "createdFrom", type = String.class, description = "ISO-8601 instant; registered at or after"),
                @OpenApiParam(name = "createdTo", type = String.class, description = "ISO-8601 instant; registered before"),
                @OpenApiParam(name = "limit", type = Integer.class, description = "Page size, 1-200 (default 50)"),
                @OpenApiParam(name = "cursor", type = String.class, description = "The nextCursor of the previous page")},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CustomerResponse.Page.class)),
                @OpenApiResponse(status = "400", description = "Unknown, repeated or unreadable query parameters (request.invalid_parameters)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "A limit out of range, an empty range, or a cursor the API did not hand out", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void list(Context ctx) {
        Caller caller = auth.caller(ctx);
        List<Problem.FieldError> errors = new ArrayList<>();
        OrderHandlers.onlyParameters(ctx, LIST_PARAMETERS, errors);
        Optional<String> name = Optional.ofNullable(ctx.queryParam("name"));
        Optional<BusinessType> type = QueryParams.optional(errors, ctx, "businessType", "one of " + Arrays.toString(BusinessType.values()),
                BusinessType::valueOf);
        Optional<Instant> from = QueryParams.optional(errors, ctx, "createdFrom", "an ISO-8601 instant such as 2026-01-01T00:00:00Z",
                s -> OffsetDateTime.parse(s).toInstant());
        Optional<Instant> to = QueryParams.optional(errors, ctx, "createdTo", "an ISO-8601 instant such as 2026-01-01T00:00:00Z",
                s -> OffsetDateTime.parse(s).toInstant());
        Optional<Integer> limit = QueryParams.optional(errors, ctx, "limit", "an integer", Integer::valueOf);
        Optional<String> cursor = Optional.ofNullable(ctx.queryParam("cursor"));
        OrderHandlers.refuseIfInvalid(errors);
        Page<Customer> page = Responses.orRefuse(core.listCustomers().list(new ListCustomersQuery(caller.principal(), caller.tenant(),
                new CustomerFilter(name, type, from, to), limit.orElse(DEFAULT_LIMIT), cursor)));
        responses.json(ctx, 200, new CustomerResponse.Page(page.items().stream().map(CustomerResponse::of).toList(),
                page.nextCursor().orElse(null)));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/customers/{customerId}", methods = HttpMethod.GET, tags = "Customers",
            summary = "A customer with the metrics its orders add up to", operationId = "getCustomer",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "customerId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CustomerResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void get(Context ctx) {
        Caller caller = auth.caller(ctx);
        CustomerView view = Responses.orRefuse(core.getCustomer().get(new GetCustomerQuery(caller.principal(), caller.tenant(),
                customerId(ctx))));
        respond(ctx, 200, view.customer(), CustomerResponse.MetricsResponse.of(view.metrics()));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/customers/{customerId}", methods = HttpMethod.PATCH, tags = "Customers",
            summary = "Change some fields of a customer", operationId = "updateCustomer",
            description = "A field left out keeps its value; null clears it (name and businessType cannot be cleared); "
                    + "contact, creditLimit and delivery are replaced whole.",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "customerId", type = UUID.class, required = true)},
            headers = {@OpenApiParam(name = "If-Match", type = String.class, description = "The ETag of the version this change expects, or *", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CustomerBodies.CustomerPatchRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CustomerResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types or unknown fields (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role the token does not grant (operator, R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "412", description = "If-Match names a stale version", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The customer model refuses the content; every violation is listed", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "428", description = "If-Match is required", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void update(Context ctx) {
        Caller caller = auth.caller(ctx);
        CustomerId id = customerId(ctx);
        Optional<Long> expected = ETags.ifMatch(ctx);
        Customer.Patch patch = customerBodies.patch(bodies.tree(ctx));
        Customer after = Responses.orRefuse(core.updateCustomer().update(new UpdateCustomerCommand(caller.principal(), caller.tenant(), id,
                patch, expected)));
        respond(ctx, 200, after, null);
    }

    private void respond(Context ctx, int status, Customer c, CustomerResponse.MetricsResponse metrics) {
        ctx.header(Header.ETAG, ETags.of(c.version()));
        responses.json(ctx, status, CustomerResponse.of(c, metrics));
    }

    /** A customer id that is not even a UUID names no customer: 404, like any unknown id. */
    private static CustomerId customerId(Context ctx) {
        return OrderHandlers.uuid(ctx, "customerId", EntityType.CUSTOMER, CustomerId::new);
    }

}
