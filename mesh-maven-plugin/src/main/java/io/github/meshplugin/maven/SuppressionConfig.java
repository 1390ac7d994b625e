package io.github.meshplugin.maven;

/**
 * One suppression in the POM, the same as in {@code mesh-rules.yaml}:
 * <pre>{@code
 * <suppression>
 *   <rule>MESH-SLA-001</rule>
 *   <product>sales.legacy-order-extract</product>   <!-- or <contract>id</contract> -->
 *   <reason>Sunset in Q1; no SLA will be agreed.</reason>
 * </suppression>
 * }</pre>
 */
public class SuppressionConfig {

    String rule;
    String product;
    String contract;
    String reason;
}
