/**
 * Neural networks on ND4J with hand-written backward passes: the MLP, Adam, and the training losses (LSOT semi-dual, WGAN-GP with its exact double back-propagation, ray-length regression). No JavaFX.
 */
package org.lsotexplorer.model;
