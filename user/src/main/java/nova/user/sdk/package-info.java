/** SDK for Java execution contexts. */
package nova.user.sdk;
