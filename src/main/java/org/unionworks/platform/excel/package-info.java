/**
 * The one spreadsheet engine: templates with Chinese headers and drop-downs, streaming parse of
 * .xlsx and .csv (UTF-8 or GBK), per-row validation with every error collected, an error workbook
 * to download, and streaming export with formula-injection escaping. Each importable type
 * supplies an {@link ImportDefinition}.
 */
@NamedInterface("excel")
package org.unionworks.platform.excel;

import org.springframework.modulith.NamedInterface;
