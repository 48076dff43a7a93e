/** System: settings (OEM and platform), the audit log, the dev clock; later security policy, templates, cloud accounts. */
package io.suanli.core.system;
