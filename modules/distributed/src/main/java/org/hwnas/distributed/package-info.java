/** HW-NAS distributed studies (PostgreSQL trial store, workers). */
package org.hwnas.distributed;
