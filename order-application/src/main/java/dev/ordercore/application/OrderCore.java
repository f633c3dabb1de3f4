package dev.ordercore.application;

import dev.ordercore.application.port.in.AddCaseTagUseCase;
import dev.ordercore.application.port.in.CreateCustomerUseCase;
import dev.ordercore.application.port.in.GetCustomerUseCase;
import dev.ordercore.application.port.in.ListCustomersUseCase;
import dev.ordercore.application.port.in.UpdateCustomerUseCase;
import dev.ordercore.application.port.in.CreateModifierRuleUseCase;
import dev.ordercore.application.port.in.CreateModifierUseCase;
import dev.ordercore.application.port.in.DeleteAssetUseCase;
import dev.ordercore.application.port.in.DeleteCategoryUseCase;
import dev.ordercore.application.port.in.DeleteKlassUseCase;
import dev.ordercore.application.port.in.DeleteModifierRuleUseCase;
import dev.ordercore.application.port.in.DeleteModifierUseCase;
import dev.ordercore.application.port.in.DeleteProductUseCase;
import dev.ordercore.application.port.in.GetModifierRuleUseCase;
import dev.ordercore.application.port.in.GetModifierUseCase;
import dev.ordercore.application.port.in.ListModifierRulesUseCase;
import dev.ordercore.application.port.in.ListModifiersUseCase;
import dev.ordercore.application.port.in.AdjustOrderUseCase;
import dev.ordercore.application.port.in.AppendStatusEntryUseCase;
import dev.ordercore.application.port.in.CloseCaseTagUseCase;
import dev.ordercore.application.port.in.CloseCaseUseCase;
import dev.ordercore.application.port.in.CloseStatusEntryUseCase;
import dev.ordercore.application.port.in.CreateAssetUseCase;
import dev.ordercore.application.port.in.CreateCaseFromOrderUseCase;
import dev.ordercore.application.port.in.CreateCaseUseCase;
import dev.ordercore.application.port.in.CreateCategoryUseCase;
import dev.ordercore.application.port.in.CreateKlassUseCase;
import dev.ordercore.application.port.in.CreateOrderFromCaseUseCase;
import dev.ordercore.application.port.in.CreateProductUseCase;
import dev.ordercore.application.port.in.CreateRelationUseCase;
import dev.ordercore.application.port.in.DeleteOrderUseCase;
import dev.ordercore.application.port.in.DeleteRelationUseCase;
import dev.ordercore.application.port.in.GetAssetUseCase;
import dev.ordercore.application.port.in.GetBillingScheduleUseCase;
import dev.ordercore.application.port.in.GetCalculationUseCase;
import dev.ordercore.application.port.in.GetCaseUseCase;
import dev.ordercore.application.port.in.GetCategoryUseCase;
import dev.ordercore.application.port.in.GetIntentUseCase;
import dev.ordercore.application.port.in.GetKlassUseCase;
import dev.ordercore.application.port.in.GetOrderUseCase;
import dev.ordercore.application.port.in.GetProductUseCase;
import dev.ordercore.application.port.in.GetStatusesUseCase;
import dev.ordercore.application.port.in.GetTimelineUseCase;
import dev.ordercore.application.port.in.ListAssetsUseCase;
import dev.ordercore.application.port.in.ListCaseOrdersUseCase;
import dev.ordercore.application.port.in.ListCategoriesUseCase;
import dev.ordercore.application.port.in.ListKlassesUseCase;
import dev.ordercore.application.port.in.ListOrdersUseCase;
import dev.ordercore.application.port.in.ListProductsUseCase;
import dev.ordercore.application.port.in.ListRelationsUseCase;
import dev.ordercore.application.port.in.OverrideCalculationUseCase;
import dev.ordercore.application.port.in.PlaceOrderUseCase;
import dev.ordercore.application.port.in.ReplayIntentsUseCase;
import dev.ordercore.application.port.in.SubmitIntentBatchUseCase;
import dev.ordercore.application.port.in.SubmitIntentUseCase;
import dev.ordercore.application.port.in.TransitionLineItemUseCase;
import dev.ordercore.application.port.in.TransitionOrderUseCase;
import dev.ordercore.application.port.in.GetBusinessModelUseCase;
import dev.ordercore.application.port.in.GetDashboardSummaryUseCase;
import dev.ordercore.application.port.in.GetDemandRequirementsUseCase;
import dev.ordercore.application.port.in.GetProcurementPlansUseCase;
import dev.ordercore.application.port.in.SetStockLevelUseCase;
import dev.ordercore.application.port.out.IntentRepository;
import dev.ordercore.application.service.AddCaseTagService;
import dev.ordercore.application.service.CreateCustomerService;
import dev.ordercore.application.service.GetCustomerService;
import dev.ordercore.application.service.ListCustomersService;
import dev.ordercore.application.service.UpdateCustomerService;
import dev.ordercore.application.service.CreateModifierRuleService;
import dev.ordercore.application.service.CreateModifierService;
import dev.ordercore.application.service.DeleteAssetService;
import dev.ordercore.application.service.DeleteCategoryService;
import dev.ordercore.application.service.DeleteKlassService;
import dev.ordercore.application.service.DeleteModifierRuleService;
import dev.ordercore.application.service.DeleteModifierService;
import dev.ordercore.application.service.DeleteProductService;
import dev.ordercore.application.service.GetModifierRuleService;
import dev.ordercore.application.service.GetModifierService;
import dev.ordercore.application.service.ListModifierRulesService;
import dev.ordercore.application.service.ListModifiersService;
import dev.ordercore.application.service.AdjustOrderService;
import dev.ordercore.application.service.AppendStatusEntryService;
import dev.ordercore.application.service.CloseCaseService;
import dev.ordercore.application.service.CloseCaseTagService;
import dev.ordercore.application.service.CloseStatusEntryService;
import dev.ordercore.application.service.CreateAssetService;
import dev.ordercore.application.service.CreateCaseFromOrderService;
import dev.ordercore.application.service.CreateCaseService;
import dev.ordercore.application.service.CreateCategoryService;
import dev.ordercore.application.service.CreateKlassService;
import dev.ordercore.application.service.CreateOrderFromCaseService;
import dev.ordercore.application.service.CreateProductService;
import dev.ordercore.application.service.CreateRelationService;
import dev.ordercore.application.service.DeleteOrderService;
import dev.ordercore.application.service.DeleteRelationService;
import dev.ordercore.application.service.GetAssetService;
import dev.ordercore.application.service.GetBillingScheduleService;
import dev.ordercore.application.service.GetCalculationService;
import dev.ordercore.application.service.GetCaseService;
import dev.ordercore.application.service.GetCategoryService;
import dev.ordercore.application.service.GetIntentService;
import dev.ordercore.application.service.GetKlassService;
import dev.ordercore.application.service.GetOrderService;
import dev.ordercore.application.service.GetProductService;
import dev.ordercore.application.service.GetStatusesService;
import dev.ordercore.application.service.GetTimelineService;
import dev.ordercore.application.service.ListAssetsService;
import dev.ordercore.application.service.ListCaseOrdersService;
import dev.ordercore.application.service.ListCategoriesService;
import dev.ordercore.application.service.ListKlassesService;
import dev.ordercore.application.service.ListOrdersService;
import dev.ordercore.application.service.ListProductsService;
import dev.ordercore.application.service.ListRelationsService;
import dev.ordercore.application.service.OverrideCalculationService;
import dev.ordercore.application.service.PlaceOrderService;
import dev.ordercore.application.service.ReplayIntentsService;
import dev.ordercore.application.service.SubmitIntentBatchService;
import dev.ordercore.application.service.SubmitIntentService;
import dev.ordercore.application.service.TransitionLineItemService;
import dev.ordercore.application.service.TransitionOrderService;
import dev.ordercore.application.port.in.ConfirmBySupplierUseCase;
import dev.ordercore.application.port.in.ListSupplierConfirmationsUseCase;
import dev.ordercore.application.service.ConfirmBySupplierService;
import dev.ordercore.application.service.ListSupplierConfirmationsService;
import dev.ordercore.application.port.in.GetSettingsUseCase;
import dev.ordercore.application.port.in.ListAlertsUseCase;
import dev.ordercore.application.port.in.UpdateSettingsUseCase;
import dev.ordercore.application.service.GetSettingsService;
import dev.ordercore.application.service.ListAlertsService;
import dev.ordercore.application.service.UpdateSettingsService;
import dev.ordercore.application.service.GetBusinessModelService;
import dev.ordercore.application.service.GetDashboardSummaryService;
import dev.ordercore.application.service.GetDemandRequirementsService;
import dev.ordercore.application.service.GetProcurementPlansService;
import dev.ordercore.application.service.SetStockLevelService;
import dev.ordercore.domain.shared.Uuids;

/**
 * Every use case of ordercore, wired from one set of outgoing ports. This is what an embedding
 * application (or the HTTP adapter) holds: {@code OrderCore.create(ports).placeOrder().place(..)}.
 */
public final class OrderCore {

    private final OrderCorePorts ports;
    private final PlaceOrderService placeOrder;
    private final TransitionOrderUseCase transitionOrder;
    private final TransitionLineItemUseCase transitionLineItem;
    private final AdjustOrderUseCase adjustOrder;
    private final DeleteOrderUseCase deleteOrder;
    private final GetOrderUseCase getOrder;
    private final ListOrdersUseCase listOrders;
    private final AppendStatusEntryUseCase appendStatusEntry;
    private final CloseStatusEntryUseCase closeStatusEntry;
    private final GetTimelineUseCase timeline;
    private final GetStatusesUseCase statuses;
    private final SubmitIntentUseCase submitIntent;
    private final SubmitIntentBatchUseCase submitIntentBatch;
    private final GetIntentUseCase getIntent;
    private final CreateRelationUseCase createRelation;
    private final DeleteRelationUseCase deleteRelation;
    private final ListRelationsUseCase listRelations;
    private final CreateCaseUseCase createCase;
    private final GetCaseUseCase getCase;
    private final AddCaseTagUseCase addCaseTag;
    private final CloseCaseTagUseCase closeCaseTag;
    private final CloseCaseUseCase closeCase;
    private final CreateOrderFromCaseUseCase createOrderFromCase;
    private final CreateCaseFromOrderUseCase createCaseFromOrder;
    private final ListCaseOrdersUseCase listCaseOrders;
    private final CreateCategoryUseCase createCategory;
    private final CreateKlassUseCase createKlass;
    private final CreateProductUseCase createProduct;
    private final CreateAssetUseCase createAsset;
    private final GetCategoryUseCase getCategory;
    private final GetKlassUseCase getKlass;
    private final GetProductUseCase getProduct;
    private final GetAssetUseCase getAsset;
    private final ListCategoriesUseCase listCategories;
    private final ListKlassesUseCase listKlasses;
    private final ListProductsUseCase listProducts;
    private final ListAssetsUseCase listAssets;
    private final CreateModifierUseCase createModifier;
    private final CreateModifierRuleUseCase createModifierRule;
    private final GetModifierUseCase getModifier;
    private final GetModifierRuleUseCase getModifierRule;
    private final ListModifiersUseCase listModifiers;
    private final ListModifierRulesUseCase listModifierRules;
    private final DeleteCategoryUseCase deleteCategory;
    private final DeleteKlassUseCase deleteKlass;
    private final DeleteProductUseCase deleteProduct;
    private final DeleteAssetUseCase deleteAsset;
    private final DeleteModifierUseCase deleteModifier;
    private final DeleteModifierRuleUseCase deleteModifierRule;
    private final GetCalculationUseCase getCalculation;
    private final OverrideCalculationUseCase overrideCalculation;
    private final GetBillingScheduleUseCase getBillingSchedule;
    private final ConfirmBySupplierUseCase confirmBySupplier;
    private final ListSupplierConfirmationsUseCase listSupplierConfirmations;
    private final CreateCustomerUseCase createCustomer;
    private final GetCustomerUseCase getCustomer;
    private final ListCustomersUseCase listCustomers;
    private final UpdateCustomerUseCase updateCustomer;
    private final GetSettingsUseCase getSettings;
    private final UpdateSettingsUseCase updateSettings;
    private final ListAlertsUseCase listAlerts;
    private final GetDashboardSummaryUseCase dashboardSummary;
    private final GetDemandRequirementsUseCase demandRequirements;
    private final SetStockLevelUseCase setStockLevel;
    private final GetProcurementPlansUseCase procurementPlans;
    private final GetBusinessModelUseCase businessModel;

    private OrderCore(OrderCorePorts ports) {
        this.ports = ports;
        Uuids uuids = new Uuids(ports.clock());
        this.placeOrder = new PlaceOrderService(ports, uuids);
        this.transitionOrder = new TransitionOrderService(ports, uuids);
        this.transitionLineItem = new TransitionLineItemService(ports, uuids);
        this.adjustOrder = new AdjustOrderService(ports, uuids);
        this.deleteOrder = new DeleteOrderService(ports, uuids);
        this.getOrder = new GetOrderService(ports);
        this.listOrders = new ListOrdersService(ports);
        this.appendStatusEntry = new AppendStatusEntryService(ports, uuids);
        this.closeStatusEntry = new CloseStatusEntryService(ports, uuids);
        this.timeline = new GetTimelineService(ports);
        this.statuses = new GetStatusesService(ports);
        this.submitIntent = new SubmitIntentService(ports);
        this.submitIntentBatch = new SubmitIntentBatchService(ports);
        this.getIntent = new GetIntentService(ports);
        this.createRelation = new CreateRelationService(ports, uuids);
        this.deleteRelation = new DeleteRelationService(ports);
        this.listRelations = new ListRelationsService(ports);
        this.createCase = new CreateCaseService(ports, uuids);
        this.getCase = new GetCaseService(ports);
        this.addCaseTag = new AddCaseTagService(ports);
        this.closeCaseTag = new CloseCaseTagService(ports);
        this.closeCase = new CloseCaseService(ports);
        this.createOrderFromCase = new CreateOrderFromCaseService(ports, uuids, placeOrder);
        this.createCaseFromOrder = new CreateCaseFromOrderService(ports, uuids);
        this.listCaseOrders = new ListCaseOrdersService(ports);
        this.createCategory = new CreateCategoryService(ports, uuids);
        this.createKlass = new CreateKlassService(ports, uuids);
        this.createProduct = new CreateProductService(ports, uuids);
        this.createAsset = new CreateAssetService(ports, uuids);
        this.getCategory = new GetCategoryService(ports);
        this.getKlass = new GetKlassService(ports);
        this.getProduct = new GetProductService(ports);
        this.getAsset = new GetAssetService(ports);
        this.listCategories = new ListCategoriesService(ports);
        this.listKlasses = new ListKlassesService(ports);
        this.listProducts = new ListProductsService(ports);
        this.listAssets = new ListAssetsService(ports);
        this.createModifier = new CreateModifierService(ports, uuids);
        this.createModifierRule = new CreateModifierRuleService(ports, uuids);
        this.getModifier = new GetModifierService(ports);
        this.getModifierRule = new GetModifierRuleService(ports);
        this.listModifiers = new ListModifiersService(ports);
        this.listModifierRules = new ListModifierRulesService(ports);
        this.deleteCategory = new DeleteCategoryService(ports);
        this.deleteKlass = new DeleteKlassService(ports);
        this.deleteProduct = new DeleteProductService(ports);
        this.deleteAsset = new DeleteAssetService(ports);
        this.deleteModifier = new DeleteModifierService(ports);
        this.deleteModifierRule = new DeleteModifierRuleService(ports);
        this.getCalculation = new GetCalculationService(ports);
        this.overrideCalculation = new OverrideCalculationService(ports, uuids);
        this.getBillingSchedule = new GetBillingScheduleService(ports);
        this.confirmBySupplier = new ConfirmBySupplierService(ports, uuids);
        this.listSupplierConfirmations = new ListSupplierConfirmationsService(ports);
        this.createCustomer = new CreateCustomerService(ports, uuids);
        this.getCustomer = new GetCustomerService(ports);
        this.listCustomers = new ListCustomersService(ports);
        this.updateCustomer = new UpdateCustomerService(ports);
        this.getSettings = new GetSettingsService(ports);
        this.updateSettings = new UpdateSettingsService(ports);
        this.listAlerts = new ListAlertsService(ports);
        this.dashboardSummary = new GetDashboardSummaryService(ports);
        this.demandRequirements = new GetDemandRequirementsService(ports);
        this.setStockLevel = new SetStockLevelService(ports);
        this.procurementPlans = new GetProcurementPlansService(ports);
        this.businessModel = new GetBusinessModelService(ports);
    }

    public static OrderCore create(OrderCorePorts ports) {
        return new OrderCore(ports);
    }

    public PlaceOrderUseCase placeOrder() { return placeOrder; }

    public TransitionOrderUseCase transitionOrder() { return transitionOrder; }

    public TransitionLineItemUseCase transitionLineItem() { return transitionLineItem; }

    public AdjustOrderUseCase adjustOrder() { return adjustOrder; }

    public DeleteOrderUseCase deleteOrder() { return deleteOrder; }

    public GetOrderUseCase getOrder() { return getOrder; }

    public ListOrdersUseCase listOrders() { return listOrders; }

    public AppendStatusEntryUseCase appendStatusEntry() { return appendStatusEntry; }

    public CloseStatusEntryUseCase closeStatusEntry() { return closeStatusEntry; }

    public GetTimelineUseCase timeline() { return timeline; }

    public GetStatusesUseCase statuses() { return statuses; }

    public SubmitIntentUseCase submitIntent() { return submitIntent; }

    public SubmitIntentBatchUseCase submitIntentBatch() { return submitIntentBatch; }

    public GetIntentUseCase getIntent() { return getIntent; }

    /** Replays the intents {@code source} holds into this core's stores (R24). */
    public ReplayIntentsUseCase replayIntentsFrom(IntentRepository source) { return new ReplayIntentsService(source, ports); }

    public CreateRelationUseCase createRelation() { return createRelation; }

    public DeleteRelationUseCase deleteRelation() { return deleteRelation; }

    public ListRelationsUseCase listRelations() { return listRelations; }

    public CreateCaseUseCase createCase() { return createCase; }

    public GetCaseUseCase getCase() { return getCase; }

    public AddCaseTagUseCase addCaseTag() { return addCaseTag; }

    public CloseCaseTagUseCase closeCaseTag() { return closeCaseTag; }

    public CloseCaseUseCase closeCase() { return closeCase; }

    public CreateOrderFromCaseUseCase createOrderFromCase() { return createOrderFromCase; }

    public CreateCaseFromOrderUseCase createCaseFromOrder() { return createCaseFromOrder; }

    public ListCaseOrdersUseCase listCaseOrders() { return listCaseOrders; }

    public CreateCategoryUseCase createCategory() { return createCategory; }

    public CreateKlassUseCase createKlass() { return createKlass; }

    public CreateProductUseCase createProduct() { return createProduct; }

    public CreateAssetUseCase createAsset() { return createAsset; }

    public GetCategoryUseCase getCategory() { return getCategory; }

    public GetKlassUseCase getKlass() { return getKlass; }

    public GetProductUseCase getProduct() { return getProduct; }

    public GetAssetUseCase getAsset() { return getAsset; }

    public ListCategoriesUseCase listCategories() { return listCategories; }

    public ListKlassesUseCase listKlasses() { return listKlasses; }

    public ListProductsUseCase listProducts() { return listProducts; }

    public ListAssetsUseCase listAssets() { return listAssets; }

    public CreateModifierUseCase createModifier() { return createModifier; }

    public CreateModifierRuleUseCase createModifierRule() { return createModifierRule; }

    public GetModifierUseCase getModifier() { return getModifier; }

    public GetModifierRuleUseCase getModifierRule() { return getModifierRule; }

    public ListModifiersUseCase listModifiers() { return listModifiers; }

    public ListModifierRulesUseCase listModifierRules() { return listModifierRules; }

    public DeleteCategoryUseCase deleteCategory() { return deleteCategory; }

    public DeleteKlassUseCase deleteKlass() { return deleteKlass; }

    public DeleteProductUseCase deleteProduct() { return deleteProduct; }

    public DeleteAssetUseCase deleteAsset() { return deleteAsset; }

    public DeleteModifierUseCase deleteModifier() { return deleteModifier; }

    public DeleteModifierRuleUseCase deleteModifierRule() { return deleteModifierRule; }
    public GetCalculationUseCase getCalculation() { return getCalculation; }

    public OverrideCalculationUseCase overrideCalculation() { return overrideCalculation; }

    public GetBillingScheduleUseCase getBillingSchedule() { return getBillingSchedule; }

    public ConfirmBySupplierUseCase confirmBySupplier() { return confirmBySupplier; }

    public ListSupplierConfirmationsUseCase listSupplierConfirmations() { return listSupplierConfirmations; }
    public CreateCustomerUseCase createCustomer() { return createCustomer; }

    public GetCustomerUseCase getCustomer() { return getCustomer; }

    public ListCustomersUseCase listCustomers() { return listCustomers; }

    public UpdateCustomerUseCase updateCustomer() { return updateCustomer; }
    public GetSettingsUseCase getSettings() { return getSettings; }

    public UpdateSettingsUseCase updateSettings() { return updateSettings; }

    public ListAlertsUseCase listAlerts() { return listAlerts; }
    public GetDashboardSummaryUseCase dashboardSummary() { return dashboardSummary; }

    public GetDemandRequirementsUseCase demandRequirements() { return demandRequirements; }

    public SetStockLevelUseCase setStockLevel() { return setStockLevel; }

    public GetProcurementPlansUseCase procurementPlans() { return procurementPlans; }

    public GetBusinessModelUseCase businessModel() { return businessModel; }
}
