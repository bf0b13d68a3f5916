package nnrep.theory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nnrep.theory.claims.AblationLazyRegime;
import nnrep.theory.claims.AblationNoPreprocessing;
import nnrep.theory.claims.GradientConcentration;
import nnrep.theory.claims.GradientPopulationFormula;
import nnrep.theory.claims.GradientPreprocessing;
import nnrep.theory.claims.GradientSignalSize;
import nnrep.theory.claims.HermiteActivationCoefficients;
import nnrep.theory.claims.HermiteOrthogonality;
import nnrep.theory.claims.HermiteSteinTensors;
import nnrep.theory.claims.KernelLowerBound;
import nnrep.theory.claims.NetworkSampleComplexity;
import nnrep.theory.claims.NetworkWidth;
import nnrep.theory.claims.SeparationNetworkVsKernel;
import nnrep.theory.claims.SubspaceRecovery;
import nnrep.theory.claims.TransferHeadOnly;

/**
 * The claims an audit can run, in the order of the catalogue of claims.md.
 *
 * <p>To add a claim: implement {@link Claim} in {@code nnrep.theory.claims} (one class per id, with a
 * constructor that accepts the piece under test so that a negative-control test can make it
 * FAIL), then insert {@code new YourClaim()} into {@link #catalogue()} at the position its id has in
 * the claims.md table. Only claims that exist are listed: an id of claims.md that is not here is
 * reported as unknown.
 */
public final class ClaimRegistry {

    private final Map<String, Claim> claims = new LinkedHashMap<>();

    /**
     * A registry of the given claims, in the given order.
     *
     * @param claims the claims
     * @throws IllegalArgumentException if two claims share an id
     */
    public ClaimRegistry(List<Claim> claims) {
        for (Claim claim : claims) {
            if (this.claims.putIfAbsent(claim.id(), claim) != null) {
                throw new IllegalArgumentException("claim id registered twice: " + claim.id());
            }
        }
    }

    /** {@return the implemented claims of claims.md, in its order} */
    public static ClaimRegistry catalogue() {
        return new ClaimRegistry(List.of(
                new HermiteOrthogonality(),
                new HermiteActivationCoefficients(),
                new HermiteSteinTensors(),
                new GradientPopulationFormula(),
                new GradientPreprocessing(),
                new GradientConcentration(),
                new GradientSignalSize(),
                new SubspaceRecovery(),
                new NetworkSampleComplexity(),
                new NetworkWidth(),
                new KernelLowerBound(),
                new SeparationNetworkVsKernel(),
                new TransferHeadOnly(),
                new AblationNoPreprocessing(),
                new AblationLazyRegime()));
    }

    /** {@return every registered claim, in catalogue order} */
    public List<Claim> all() {
        return List.copyOf(claims.values());
    }

    /** {@return the ids, in catalogue order} */
    public List<String> ids() {
        return List.copyOf(claims.keySet());
    }

    /**
     * {@return the claim with this id}
     *
     * @param id a claim id
     * @throws IllegalArgumentException "--claims: unknown claim id X; known: ..." if there is none
     */
    public Claim byId(String id) {
        Claim claim = claims.get(id);
        if (claim == null) {
            throw new IllegalArgumentException("--claims: unknown claim id " + id + "; known: "
                    + String.join(", ", claims.keySet()));
        }
        return claim;
    }

    /**
     * {@return the named claims in catalogue order, each once (ids are trimmed; repeats are ignored)}
     *
     * @param ids claim ids
     * @throws IllegalArgumentException if an id is unknown or no id is given
     */
    public List<Claim> select(List<String> ids) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : ids) {
            wanted.add(byId(id.trim()).id());
        }
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("--claims must name at least one claim id; known: "
                    + String.join(", ", claims.keySet()));
        }
        List<Claim> selected = new ArrayList<>();
        for (Claim claim : claims.values()) {
            if (wanted.contains(claim.id())) {
                selected.add(claim);
            }
        }
        return selected;
    }
}
