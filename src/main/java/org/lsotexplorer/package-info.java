/**
 * LSOT Explorer: latent-space optimal transport (Liu et al. 2018), made visible. The root holds only the
 * launcher; see the sub-packages for the layers (math, model, data, engine, render, cli, ui).
 */
package org.lsotexplorer;
