/**
 * Example networks written from their published layer shapes (AlexNet, VGG-16, ResNet-18/50, MobileNetV2)
 * and NAS-Bench-201 cell networks for any arch string.
 */
package org.hwnas.model.network.zoo;
