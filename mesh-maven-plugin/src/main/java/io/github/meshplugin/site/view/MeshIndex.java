package io.github.meshplugin.site.view;

import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.model.SchemaObject;
import io.github.meshplugin.site.view.CatalogView.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mesh looked at the way pages need it: each id once, the consumers of each contract, the contracts in each
 * product's folder. Built once, so no page scans the whole mesh.
 */
final class MeshIndex {

    private final Mesh mesh;
    private final List<DataProduct> products;
    private final List<Contract> contracts;
    private final Map<String, List<String>> consumersByContract = new HashMap<>();
    private final Map<String, List<Contract>> contractsByProductFolder = new HashMap<>();
    /** By identity: contracts that share an id are told apart by their file. */
    private final Map<Contract, String> contractHrefs = new IdentityHashMap<>();

    MeshIndex(Mesh mesh) {
        this.mesh = mesh;
        Set<String> productIds = new TreeSet<>();
        this.products =
                mesh.products().stream().filter(p -> productIds.add(p.id())).toList();
        // Every contract file has its own page, even when another file declares the same id (an error the page
        // shows): the catalog never silently picks one of them, and its counts are the build's.
        this.contracts = mesh.contracts();
        Set<String> contractIds = new TreeSet<>();
        for (Contract contract : contracts) {
            contractHrefs.put(
                    contract,
                    contractIds.add(contract.id())
                            ? Hrefs.contract(contract.id())
                            : Hrefs.contract(contract.id(), contract.source().file()));
        }
        Set<String> productFolders = new HashSet<>();
        for (DataProduct product : mesh.products()) {
            productFolders.add(product.folder());
            for (InputPort port : product.inputPorts()) {
                if (port.contractId() != null) {
                    List<String> consumers =
                            consumersByContract.computeIfAbsent(port.contractId(), c -> new ArrayList<>());
                    if (!consumers.contains(product.id())) {
                        consumers.add(product.id());
                    }
                }
            }
        }
        for (Contract contract : mesh.contracts()) {
            String folder = contract.source().file();
            for (int slash = folder.lastIndexOf('/'); slash > 0; slash = folder.lastIndexOf('/')) {
                folder = folder.substring(0, slash);
                if (productFolders.contains(folder)) {
                    contractsByProductFolder
                            .computeIfAbsent(folder, f -> new ArrayList<>())
                            .add(contract);
                }
            }
        }
    }

    Mesh mesh() {
        return mesh;
    }

    /** Each product id once, the first product that declares it. */
    List<DataProduct> products() {
        return products;
    }

    /** Every contract file, sorted by id and then by file. */
    List<Contract> contracts() {
        return contracts;
    }

    /** The page of this contract file: by its id, or by id and file for a second file declaring the same id. */
    String href(Contract contract) {
        return contractHrefs.getOrDefault(contract, Hrefs.contract(contract.id()));
    }

    /** True when this file is not the first that declares its id: its lists need names of their own. */
    boolean isSecondDeclaration(Contract contract) {
        return !href(contract).equals(Hrefs.contract(contract.id()));
    }

    /**
     * The contract a product's port means by {@code contractId}: the one in the product's own folder when
     * several files declare the id, else the first.
     */
    Optional<Contract> contractFor(DataProduct product, String contractId) {
        for (Contract contract : contractsByProductFolder.getOrDefault(product.folder(), List.of())) {
            if (contract.id().equals(contractId)) {
                return Optional.of(contract);
            }
        }
        return mesh.contract(contractId);
    }

    List<String> consumersOf(String contractId) {
        return consumersByContract.getOrDefault(contractId, List.of());
    }

    List<Contract> published(DataProduct product) {
        Set<String> seen = new TreeSet<>();
        return product.outputPorts().stream()
                .flatMap(port -> contractFor(product, port.contractId()).stream())
                .filter(c -> seen.add(c.id()))
                .toList();
    }

    /** The contracts shown on a product page: those its ports publish, then other contract files in its folder. */
    List<Contract> shownWith(DataProduct product) {
        List<Contract> shown = new ArrayList<>(published(product));
        for (Contract contract : contractsByProductFolder.getOrDefault(product.folder(), List.of())) {
            if (!shown.contains(contract)) {
                shown.add(contract);
            }
        }
        return shown;
    }

    Link domainLink(String domainId) {
        return new Link(domainName(domainId), Hrefs.domain(domainId));
    }

    String domainName(String domainId) {
        return mesh.domain(domainId).map(Domain::displayName).orElse(domainId);
    }

    static int qualityRuleCount(Contract contract) {
        int count = 0;
        for (SchemaObject object : contract.schema()) {
            count += object.quality().size();
        }
        for (Property property : contract.allProperties()) {
            count += property.quality().size();
        }
        return count;
    }
}
