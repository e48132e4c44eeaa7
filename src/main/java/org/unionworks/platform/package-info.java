/**
 * Platform: accounts, roles, data scope, audit log, dictionaries, errors, validators and the
 * spreadsheet import/export engine. Other modules use only its named interfaces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "平台")
package org.unionworks.platform;
